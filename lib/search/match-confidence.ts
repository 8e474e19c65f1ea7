/**
 * How well a result matches: the share of what the query says that it contains (see MIN_CONFIDENCE). Measured
 * only for the few candidates that decide something (the first result, the best one in the visitor's language).
 */
import type { ExpandedQuery } from "./expand-query";
import { computeIdf } from "./expand-query";
import { recordHasTerm, type SearchIndex } from "./search-index";

/** What the measure reads of a candidate: the record whose words matched, and whether a code named it. */
interface Measured {
  matchedDoc: number;
  code?: unknown;
}

/**
 * The weight of the query's words that no entity has in any form: letter words only (numbers, ids and log noise
 * tell nothing), and not the pairs of a CJK run (fragments, not words). Each weighs as the rarest word can.
 */
export function measureUnknownIdf(
  index: SearchIndex,
  terms: readonly string[],
  expanded: ExpandedQuery,
  codeTerms: ReadonlySet<string>,
): number {
  const understood = new Set(expanded.concepts.map((concept) => concept.term));
  const unknown = new Set(
    terms.filter(
      (term) =>
        !understood.has(term) &&
        !codeTerms.has(term) &&
        !index.postings.has(term) &&
        /^\p{L}+$/u.test(term) &&
        !/[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}]/u.test(term),
    ),
  );
  return unknown.size * computeIdf(index, ""); // the idf of a word no record has
}

/** The confidence of one candidate, 0 to 1: 1 for a code hit, else the idf share of the query it contains. */
export function measureConfidence(
  index: SearchIndex,
  candidate: Measured,
  expanded: ExpandedQuery,
  unknownIdf: number,
): number {
  if (candidate.code) return 1;
  let total = unknownIdf;
  let matched = 0;
  for (const concept of expanded.concepts) {
    if (concept.pair) continue;
    total += concept.idf;
    const found = concept.alternatives.some((alternative) =>
      alternative.terms.every((term) => recordHasTerm(index, term, candidate.matchedDoc)),
    );
    if (found) matched += concept.idf;
  }
  return total > 0 ? matched / total : 0;
}
