/**
 * Text scoring: BM25 over field-weighted frequencies, the best alternative per query concept, a coverage
 * factor that favours entities matching most of the query, and phrase evidence from indexed word pairs.
 */
import type { Concept } from "./expand-query";
import { BM25_B, BM25_K1, COVERAGE_EXPONENT } from "./ranking";
import { findPosting, type Posting, type SearchIndex } from "./search-index";

/** Reusable per-index buffers, so a query allocates nothing proportional to the catalog. */
interface Scratch {
  best: Float64Array;
  total: Float64Array;
  covered: Float64Array;
  touchedBest: Int32Array;
  touchedTotal: Int32Array;
  /** BM25 length norm of each record, `K1 × (1 − B + B × length / average)`: computed once, used per posting. */
  norms: Float64Array;
}

const scratchByIndex = new WeakMap<SearchIndex, Scratch>();

function getScratch(index: SearchIndex): Scratch {
  let scratch = scratchByIndex.get(index);
  if (!scratch) {
    const n = index.records.length;
    const norms = new Float64Array(n);
    for (let doc = 0; doc < n; doc++)
      norms[doc] = BM25_K1 * (1 - BM25_B + (BM25_B * index.docLengths[doc]!) / index.averageDocLength);
    scratch = {
      best: new Float64Array(n),
      total: new Float64Array(n),
      covered: new Float64Array(n),
      touchedBest: new Int32Array(n),
      touchedTotal: new Int32Array(n),
      norms,
    };
    scratchByIndex.set(index, scratch);
  }
  return scratch;
}

function idfOf(index: SearchIndex, df: number): number {
  const n = index.records.length;
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** First position at or after `from` whose record is at least `target` (galloping, then binary search). */
function advanceTo(docs: Int32Array, from: number, target: number): number {
  let step = 1;
  let high = from;
  while (high < docs.length && docs[high]! < target) {
    from = high + 1;
    high += step;
    step *= 2;
  }
  high = Math.min(high, docs.length);
  while (from < high) {
    const middle = (from + high) >> 1;
    if (docs[middle]! < target) from = middle + 1;
    else high = middle;
  }
  return from;
}

/** Writes the best score of the concept per record into `scratch.best`; returns how many records were touched. */
function scoreConcept(index: SearchIndex, concept: Concept, scratch: Scratch): number {
  const { best, touchedBest, norms } = scratch;
  let touched = 0;
  for (const alternative of concept.alternatives) {
    const postings = alternative.terms.map((term) => findPosting(index, term));
    if (postings.some((posting) => !posting)) continue;
    const parts = postings as Posting[];
    // A split compound matches only where every part is present; it scores the parts' mean. The rarest part
    // leads, and the others are searched forward from where the last match left them.
    parts.sort((a, b) => a.docs.length - b.docs.length);
    const idfs = parts.map((part) => (idfOf(index, part.docs.length) * alternative.weight) / parts.length);
    const positions = parts.map(() => 0);
    const lead = parts[0]!;
    const leadIdf = idfs[0]!;
    for (let i = 0; i < lead.docs.length; i++) {
      const doc = lead.docs[i]!;
      const weight = lead.weights[i]!;
      let score = (leadIdf * weight * (BM25_K1 + 1)) / (weight + norms[doc]!);
      let all = true;
      for (let p = 1; p < parts.length; p++) {
        const part = parts[p]!;
        const at = advanceTo(part.docs, positions[p]!, doc);
        positions[p] = at;
        if (at >= part.docs.length || part.docs[at] !== doc) {
          all = false;
          break;
        }
        const partWeight = part.weights[at]!;
        score += (idfs[p]! * partWeight * (BM25_K1 + 1)) / (partWeight + norms[doc]!);
      }
      if (!all) continue;
      if (best[doc] === 0) touchedBest[touched++] = doc;
      if (score > best[doc]!) best[doc] = score;
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
