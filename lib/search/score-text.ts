/**
 * Text scoring: BM25 over field-weighted frequencies, the best alternative per query concept, a coverage
 * factor that favours entities matching most of the query, and a phrase bonus for adjacent words in order.
 */
import { analyzeText } from "./analyze-text";
import type { Concept } from "./expand-query";
import { BM25_B, BM25_K1, COVERAGE_EXPONENT, PHRASE_BONUS } from "./ranking";
import type { SearchIndex } from "./search-index";

/** Reusable per-index buffers, so a query allocates nothing proportional to the catalog. */
interface Scratch {
  best: Float64Array;
  total: Float64Array;
  covered: Float64Array;
  touchedBest: Int32Array;
  touchedTotal: Int32Array;
}

const scratchByIndex = new WeakMap<SearchIndex, Scratch>();
const phraseTokenCache = new WeakMap<SearchIndex, Map<number, Set<string>>>();

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
      const posting = index.postings.get(alternative.terms[0]!);
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

/** Text scores of every record that matches at least one concept: record number → score (before kind weights). */
export function scoreConcepts(index: SearchIndex, concepts: readonly Concept[]): Map<number, number> {
  const scratch = getScratch(index);
  let touchedTotal = 0;
  let totalIdf = 0;
  for (const concept of concepts) {
    totalIdf += concept.idf;
    const touched = scoreConcept(index, concept, scratch);
    for (let i = 0; i < touched; i++) {
      const doc = scratch.touchedBest[i]!;
      if (scratch.total[doc] === 0 && scratch.covered[doc] === 0) scratch.touchedTotal[touchedTotal++] = doc;
      scratch.total[doc]! += scratch.best[doc]!;
      scratch.covered[doc]! += concept.idf;
      scratch.best[doc] = 0;
    }
  }
  const scores = new Map<number, number>();
  for (let i = 0; i < touchedTotal; i++) {
    const doc = scratch.touchedTotal[i]!;
    const coverage = totalIdf > 0 ? scratch.covered[doc]! / totalIdf : 1;
    scores.set(doc, scratch.total[doc]! * coverage ** COVERAGE_EXPONENT);
    scratch.total[doc] = 0;
    scratch.covered[doc] = 0;
  }
  return scores;
}

function getPhrasePairs(index: SearchIndex, doc: number): Set<string> {
  let cache = phraseTokenCache.get(index);
  if (!cache) {
    cache = new Map();
    phraseTokenCache.set(index, cache);
  }
  let pairs = cache.get(doc);
  if (!pairs) {
    pairs = collectAdjacentPairs(analyzeText(index.records[doc]!.phrase));
    cache.set(doc, pairs);
  }
  return pairs;
}

/** Adjacent word pairs of a word sequence, as `a b` strings. */
export function collectAdjacentPairs(terms: readonly string[]): Set<string> {
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < terms.length; i++) pairs.add(`${terms[i]} ${terms[i + 1]}`);
  return pairs;
}

/** The phrase multiplier of a record: 1 plus `PHRASE_BONUS` times the share of query pairs it has in its title or message. */
export function computePhraseFactor(
  index: SearchIndex,
  doc: number,
  queryPairs: ReadonlySet<string>,
): number {
  if (queryPairs.size === 0) return 1;
  const pairs = getPhrasePairs(index, doc);
  let matched = 0;
  for (const pair of queryPairs) if (pairs.has(pair)) matched++;
  return 1 + (PHRASE_BONUS * matched) / queryPairs.size;
}
