/**
 * Text scoring: BM25 over field-weighted frequencies, the best alternative per query concept, a coverage
 * factor that favours entities matching most of the query, and phrase evidence from indexed word pairs.
 */
import type { Concept } from "./expand-query";
import { BM25_B, BM25_K1, COVERAGE_EXPONENT } from "./ranking";
import { findPosting, type SearchIndex } from "./search-index";

/** Reusable per-index buffers, so a query allocates nothing proportional to the catalog. */
interface Scratch {
  best: Float64Array;
  total: Float64Array;
  covered: Float64Array;
  touchedBest: Int32Array;
  touchedTotal: Int32Array;
}

const scratchByIndex = new WeakMap<SearchIndex, Scratch>();

function getScratch(index: SearchIndex): Scratch {
  let scratch = scratchByIndex.get(index);
  if (!scratch) {
    const n = index.records.length;
    scratch = {
      best: new Float64Array(n),
      total: new Float64Array(n),
      covered: new Float64Array(n),
      touchedBest: new Int32Array(n),
      touchedTotal: new Int32Array(n),
    };
    scratchByIndex.set(index, scratch);
  }
  return scratch;
}

function scoreFrequency(index: SearchIndex, weight: number, doc: number): number {
  const norm = 1 - BM25_B + (BM25_B * index.docLengths[doc]!) / index.averageDocLength;
  return (weight * (BM25_K1 + 1)) / (weight + BM25_K1 * norm);
}

function idfOf(index: SearchIndex, df: number): number {
  const n = index.records.length;
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** Per-record score of one word, in a map (used for compound parts, which are rare). */
function scoreTermToMap(index: SearchIndex, term: string): Map<number, number> {
  const scores = new Map<number, number>();
  const posting = index.postings.get(term);
  if (!posting) return scores;
  const idf = idfOf(index, posting.docs.length);
  for (let i = 0; i < posting.docs.length; i++) {
    const doc = posting.docs[i]!;
    scores.set(doc, idf * scoreFrequency(index, posting.weights[i]!, doc));
  }
  return scores;
}

/** Writes the best score of the concept per record into `scratch.best`; returns how many records were touched. */
function scoreConcept(index: SearchIndex, concept: Concept, scratch: Scratch): number {
  let touched = 0;
  const offer = (doc: number, score: number) => {
    if (scratch.best[doc] === 0) scratch.touchedBest[touched++] = doc;
    if (score > scratch.best[doc]!) scratch.best[doc] = score;
  };
  for (const alternative of concept.alternatives) {
    if (alternative.terms.length === 1) {
      const posting = findPosting(index, alternative.terms[0]!);
      if (!posting) continue;
      const idf = idfOf(index, posting.docs.length) * alternative.weight;
      for (let i = 0; i < posting.docs.length; i++) {
        const doc = posting.docs[i]!;
        offer(doc, idf * scoreFrequency(index, posting.weights[i]!, doc));
      }
      continue;
    }
    // A split compound matches only where every part is present; it scores the parts' mean.
    const parts = alternative.terms.map((term) => scoreTermToMap(index, term));
    for (const [doc, first] of parts[0]!) {
      let sum = first;
      let all = true;
      for (const part of parts.slice(1)) {
        const score = part.get(doc);
        if (score === undefined) {
          all = false;
          break;
        }
        sum += score;
      }
      if (all) offer(doc, (alternative.weight * sum) / parts.length);
    }
  }
  return touched;
}

/** Records that match at least one concept and their text scores (before kind weights), in parallel arrays. */
export interface TextScores {
  docs: Int32Array;
  scores: Float64Array;
}

/** Scores every record against the concepts; pair concepts add phrase evidence but not coverage. */
export function scoreConcepts(index: SearchIndex, concepts: readonly Concept[]): TextScores {
  const scratch = getScratch(index);
  let touchedTotal = 0;
  let totalIdf = 0;
  for (const concept of concepts) {
    if (!concept.pair) totalIdf += concept.idf;
    const touched = scoreConcept(index, concept, scratch);
    for (let i = 0; i < touched; i++) {
      const doc = scratch.touchedBest[i]!;
      if (scratch.total[doc] === 0 && scratch.covered[doc] === 0) scratch.touchedTotal[touchedTotal++] = doc;
      scratch.total[doc]! += scratch.best[doc]!;
      if (!concept.pair) scratch.covered[doc]! += concept.idf;
      scratch.best[doc] = 0;
    }
  }
  const docs = scratch.touchedTotal.slice(0, touchedTotal);
  const scores = new Float64Array(touchedTotal);
  for (let i = 0; i < touchedTotal; i++) {
    const doc = docs[i]!;
    const coverage = totalIdf > 0 ? scratch.covered[doc]! / totalIdf : 1;
    scores[i] = scratch.total[doc]! * coverage ** COVERAGE_EXPONENT;
    scratch.total[doc] = 0;
    scratch.covered[doc] = 0;
  }
  return { docs, scores };
}
