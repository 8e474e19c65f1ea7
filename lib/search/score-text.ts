/**
 * Text scoring: BM25 over field-weighted frequencies, the best alternative per query concept, a coverage
 * factor that favours entities matching most of the query, and phrase evidence from indexed word pairs.
 */
import type { Concept } from "./expand-query";
import {
  BM25_B,
  BM25_K1,
  COVERAGE_EXPONENT,
  KIND_WEIGHTS,
  MIN_ABSOLUTE_SCORE,
  MIN_RELATIVE_SCORE,
} from "./ranking";
import { findPosting, inverseDocumentFrequency, type Posting, type SearchIndex } from "./search-index";

/** Reusable per-index buffers, so a query allocates nothing proportional to the catalog. */
interface Scratch {
  best: Float64Array;
  total: Float64Array;
  covered: Float64Array;
  touchedBest: Int32Array;
  touchedTotal: Int32Array;
  /** BM25 length norm of each record, `K1 × (1 − B + B × length / average)`: computed once, used per posting. */
  norms: Float64Array;
  /** `KIND_WEIGHTS` of each record's kind. */
  kindWeights: Float64Array;
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
      kindWeights: Float64Array.from(index.records, (record) => KIND_WEIGHTS[record.kind]),
    };
    scratchByIndex.set(index, scratch);
  }
  return scratch;
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

/** An alternative's postings, rarest part first, each with its share of the score: `idf × weight / parts`. */
interface ResolvedAlternative {
  parts: Posting[];
  idfs: number[];
}

/** A concept with its postings looked up once, and the most any record can score on it. */
interface ResolvedConcept {
  concept: Concept;
  alternatives: ResolvedAlternative[];
  /** Upper bound of the concept's score on any record: BM25's term-frequency factor stays below `K1 + 1`. */
  upper: number;
}

function resolveConcept(index: SearchIndex, concept: Concept): ResolvedConcept {
  const alternatives: ResolvedAlternative[] = [];
  let upper = 0;
  for (const alternative of concept.alternatives) {
    const postings = alternative.terms.map((term) => findPosting(index, term));
    if (postings.some((posting) => !posting)) continue;
    const parts = (postings as Posting[]).sort((a, b) => a.docs.length - b.docs.length);
    const idfs = parts.map(
      (part) => (inverseDocumentFrequency(index, part.docs.length) * alternative.weight) / parts.length,
    );
    alternatives.push({ parts, idfs });
    upper = Math.max(upper, idfs.reduce((sum, idf) => sum + idf, 0) * (BM25_K1 + 1));
  }
  return { concept, alternatives, upper };
}

/**
 * Offers the alternative's score to every record of `lead` (ascending) that has all its parts, and when
 * `onlyMatched`, that already matched an earlier concept; a split compound scores the parts' mean. Parts are
 * searched forward from where the last match left them. Returns the new count of records in `scratch.touchedBest`.
 */
function offerMatches(
  alternative: ResolvedAlternative,
  lead: Int32Array,
  onlyMatched: boolean,
  scratch: Scratch,
  touched: number,
): number {
  const { best, touchedBest, norms, total, covered } = scratch;
  const { parts, idfs } = alternative;
  const first = parts[0]!;
  if (parts.length === 1 && lead === first.docs) {
    // The common case, a single word scored over its own postings: no searching.
    const idf = idfs[0]!;
    for (let i = 0; i < lead.length; i++) {
      const doc = lead[i]!;
      if (onlyMatched && total[doc] === 0 && covered[doc] === 0) continue;
      const weight = first.weights[i]!;
      const score = (idf * weight * (BM25_K1 + 1)) / (weight + norms[doc]!);
      if (best[doc] === 0) touchedBest[touched++] = doc;
      if (score > best[doc]!) best[doc] = score;
    }
    return touched;
  }
  const positions = new Int32Array(parts.length);
  for (let i = 0; i < lead.length; i++) {
    const doc = lead[i]!;
    if (onlyMatched && total[doc] === 0 && covered[doc] === 0) continue;
    let score = 0;
    let all = true;
    for (let p = 0; p < parts.length; p++) {
      const part = parts[p]!;
      const at = advanceTo(part.docs, positions[p]!, doc);
      positions[p] = at;
      if (at >= part.docs.length || part.docs[at] !== doc) {
        all = false;
        break;
      }
      const weight = part.weights[at]!;
      score += (idfs[p]! * weight * (BM25_K1 + 1)) / (weight + norms[doc]!);
    }
    if (!all) continue;
    if (best[doc] === 0) touchedBest[touched++] = doc;
    if (score > best[doc]!) best[doc] = score;
  }
  return touched;
}

// Searching the matched records in a posting beats scanning the posting when they are this many times fewer.
const SEARCH_OVER_SCAN_RATIO = 8;

/** The records matched so far; sorted on first use (no record is added once only matched ones are scored). */
interface MatchedRecords {
  count: number;
  sorted: () => Int32Array;
}

function describeMatched(touchedTotal: Int32Array, count: number): MatchedRecords {
  let sorted: Int32Array | undefined;
  return { count, sorted: () => (sorted ??= touchedTotal.subarray(0, count).sort()) };
}

/**
 * Writes the best score of the concept per record into `scratch.best`, over every record that has it, or only
 * over the records already `matched` when given; returns how many records were touched.
 */
function scoreConcept(resolved: ResolvedConcept, scratch: Scratch, matched?: MatchedRecords): number {
  let touched = 0;
  for (const alternative of resolved.alternatives) {
    const own = alternative.parts[0]!.docs;
    if (matched && matched.count * SEARCH_OVER_SCAN_RATIO < own.length)
      touched = offerMatches(alternative, matched.sorted(), false, scratch, touched);
    else touched = offerMatches(alternative, own, matched !== undefined, scratch, touched);
  }
  return touched;
}

/** Records that match at least one concept and their text scores (before kind weights), in parallel arrays. */
export interface TextScores {
  docs: Int32Array;
  scores: Float64Array;
}

const MAX_KIND_WEIGHT = Math.max(...Object.values(KIND_WEIGHTS));
// Guards the skip test below against rounding: a record is skipped only when it is clearly below the floor.
const BOUND_MARGIN = 1 + 1e-9;

/**
 * Scores every record against the concepts that could still rank; pair concepts add phrase evidence but not
 * coverage. Early termination (max-score): words are scored rarest first, and once the words left could not lift
 * a record that matched none of the earlier ones over the floor the engine keeps (`MIN_ABSOLUTE_SCORE`, and
 * `MIN_RELATIVE_SCORE` of the best score so far), the rest are only looked up for records already matched, the
 * common ones (`the`, `att`) then cost a few searches instead of a scan of their postings. Pairs never lift a
 * record on their own (no coverage), so they are always only looked up. Returns the same records and scores as
 * scoring everything would, minus records the floor drops anyway.
 */
export function scoreConcepts(index: SearchIndex, concepts: readonly Concept[]): TextScores {
  const scratch = getScratch(index);
  const { total, covered, touchedBest, touchedTotal, kindWeights } = scratch;
  const words = concepts.filter((c) => !c.pair).map((c) => resolveConcept(index, c));
  words.sort((a, b) => b.concept.idf - a.concept.idf);
  const pairs = concepts.filter((c) => c.pair).map((c) => resolveConcept(index, c));
  const totalIdf = words.reduce((sum, word) => sum + word.concept.idf, 0);
  let remainingUpper = [...words, ...pairs].reduce((sum, c) => sum + c.upper, 0);
  let remainingIdf = totalIdf;
  let bestLower = 0;
  let count = 0;
  let matched: MatchedRecords | undefined;
  const partial = (doc: number) =>
    total[doc]! * (covered[doc]! / totalIdf) ** COVERAGE_EXPONENT * kindWeights[doc]!;
  for (const resolved of [...words, ...pairs]) {
    const { concept } = resolved;
    if (!matched && totalIdf > 0) {
      const reach = remainingUpper * (remainingIdf / totalIdf) ** COVERAGE_EXPONENT * MAX_KIND_WEIGHT;
      const floor = Math.max(MIN_ABSOLUTE_SCORE, MIN_RELATIVE_SCORE * bestLower);
      if (concept.pair || reach * BOUND_MARGIN < floor) matched = describeMatched(touchedTotal, count);
    }
    const touched = scoreConcept(resolved, scratch, matched);
    for (let i = 0; i < touched; i++) {
      const doc = touchedBest[i]!;
      if (total[doc] === 0 && covered[doc] === 0) touchedTotal[count++] = doc;
      total[doc]! += scratch.best[doc]!;
      if (!concept.pair) covered[doc]! += concept.idf;
      scratch.best[doc] = 0;
      // The best score so far only decides when to stop scanning; once stopped it is no longer needed.
      if (!matched && totalIdf > 0) bestLower = Math.max(bestLower, partial(doc));
    }
    remainingUpper -= resolved.upper;
    if (!concept.pair) remainingIdf -= concept.idf;
  }
  const docs = touchedTotal.slice(0, count);
  const scores = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const doc = docs[i]!;
    const coverage = totalIdf > 0 ? covered[doc]! / totalIdf : 1;
    scores[i] = total[doc]! * coverage ** COVERAGE_EXPONENT;
    total[doc] = 0;
    covered[doc] = 0;
  }
  return { docs, scores };
}

/** The kind weight (`KIND_WEIGHTS`) of every record, computed once per index. */
export function getKindWeights(index: SearchIndex): Float64Array {
  return getScratch(index).kindWeights;
}
