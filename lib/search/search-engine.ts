/**
 * The search engine: codes first (exact, other forms of the code, close symbolic codes, completions), then full
 * text over titles, messages, code words, causes, actions, flows and sections, ranked by the policy in ranking.ts.
 * It searches in the visitor's language (other languages only when that has no good match), says how well the
 * best result matches, groups a code that several products share, and counts results per product. Pure and
 * synchronous; never throws on any query text.
 */
import type { Locale } from "../schema/entities";
import { analyzeText, sanitizeText } from "./analyze-text";
import { CODE_KEYWORDS } from "./code-families";
import { detectCodeClash } from "./code-clash";
import { boundedEditDistance } from "./edit-distance";
import { expandQuery, type ExpandedQuery } from "./expand-query";
import type { FoundCode } from "./find-codes";
import { buildSnippet } from "./highlight-terms";
import { fillTemplate } from "../i18n/fill-template";
import { en } from "../i18n/languages/en";
import { measureConfidence, measureUnknownIdf } from "./match-confidence";
import { countProducts, describeProductKey, groupByProduct } from "./product-facets";
import {
  CONTEXT_PRODUCT_SCORE,
  DEFAULT_RESULT_LIMIT,
  GROUP_BAND_RATIO,
  KIND_ORDER,
  MAX_CANDIDATES,
  MAX_QUERY_LENGTH,
  MAX_RESULT_LIMIT,
  MAX_SUGGESTIONS,
  MIN_ABSOLUTE_SCORE,
  MIN_CONFIDENCE,
  MIN_RELATIVE_SCORE,
} from "./ranking";
import { resolveCodes, type CodeHit, type CodeResolution } from "./resolve-codes";
import { recordHasTerm, type SearchIndex } from "./search-index";
import { getKindWeights, scoreConcepts, type TextScores } from "./score-text";
import { splitCodeWords } from "./split-code-words";
import type {
  MatchQuality,
  ProductFacet,
  SearchOptions,
  SearchResponse,
  SearchResult,
  UnderstoodCode,
} from "./search-types";

export { buildSearchIndex, loadSearchIndex, serializeSearchIndex, type SearchIndex } from "./search-index";
export { findPrefixCodes } from "./resolve-codes";
export { highlightTerms } from "./highlight-terms";
export type * from "./search-types";

/** A match worth ranking: `doc` is the record shown, `matchedDoc` the one whose words matched (another locale's twin). */
export interface Candidate {
  doc: number;
  matchedDoc: number;
  score: number;
  textScore: number;
  code?: CodeHit;
}

/**
 * The text matches worth ranking: kind-weighted, above MIN_ABSOLUTE_SCORE and MIN_RELATIVE_SCORE of the best,
 * and at most MAX_CANDIDATES of them. Works on typed arrays so a common word in a big catalog stays cheap.
 */
function selectTextCandidates(index: SearchIndex, text: TextScores): Candidate[] {
  const kindWeights = getKindWeights(index);
  const weighted = new Float64Array(text.scores.length);
  let best = 0;
  for (let i = 0; i < weighted.length; i++) {
    weighted[i] = text.scores[i]! * kindWeights[text.docs[i]!]!;
    if (weighted[i]! > best) best = weighted[i]!;
  }
  let threshold = Math.max(MIN_ABSOLUTE_SCORE, MIN_RELATIVE_SCORE * best);
  const passing = weighted.filter((score) => score >= threshold);
  if (passing.length > MAX_CANDIDATES) threshold = passing.sort().reverse()[MAX_CANDIDATES - 1]!;
  const candidates: Candidate[] = [];
  for (let i = 0; i < weighted.length; i++) {
    const score = weighted[i]!;
    const doc = text.docs[i]!;
    if (score >= threshold) candidates.push({ doc, matchedDoc: doc, score, textScore: score });
  }
  return candidates;
}

// Words that only introduce a code (`ID`, `Fel`, `Error code`, `エラー`): noise for the text search once a code was read.
const CODE_WRAPPER_WORDS = new Set(CODE_KEYWORDS.flatMap((keyword) => analyzeText(keyword)));

interface CollectedCandidates {
  candidates: Candidate[];
  expanded: ExpandedQuery;
  /** The query's words as searched (code keywords left out when the query has a code). */
  terms: string[];
  /** The weight of query words no entity has (see measureUnknownIdf). */
  unknownIdf: number;
}

function collectCandidates(
  index: SearchIndex,
  words: readonly string[],
  codes: CodeResolution,
): CollectedCandidates {
  const hasCode = codes.hits.size > 0 || codes.unknown.length > 0;
  const terms = words.filter((term) => !(hasCode && CODE_WRAPPER_WORDS.has(term)));
  const candidates = new Map<number, Candidate>();
  // A query that is only a known code (`0x1FC07`, `(ID: 34513)`) needs no text search: answer from the code index.
  const onlyCode = codes.hits.size > 0 && terms.every((term) => codes.codeTerms.has(term));
  const expanded: ExpandedQuery = onlyCode
    ? { concepts: [], corrections: new Map<string, string>() }
    : expandQuery(index, terms);
  if (!onlyCode) {
    for (const candidate of selectTextCandidates(index, scoreConcepts(index, expanded.concepts)))
      candidates.set(candidate.doc, candidate);
  }
  const unknownIdf = measureUnknownIdf(index, terms, expanded, codes.codeTerms);
  for (const [doc, hit] of codes.hits) {
    const textScore = candidates.get(doc)?.textScore ?? 0;
    // A weak code counts only when it is the whole query, or where the rest of the query agrees: the error holds
    // most of its other words (`5 access is denied`, not `step 5 of the guide`).
    const agrees = () =>
      measureConfidence(index, { matchedDoc: doc }, expanded, unknownIdf) >= MIN_CONFIDENCE;
    if (hit.conditional && !onlyCode && !agrees()) continue;
    candidates.set(doc, { doc, matchedDoc: doc, score: hit.score + textScore, textScore, code: hit });
  }
  return { candidates: [...candidates.values()], expanded, terms, unknownIdf };
}

/** One candidate per entity across locales: the best score, shown in the requested locale when it exists. */
function mergeLocales(index: SearchIndex, candidates: Candidate[], locale: Locale | undefined): Candidate[] {
  const byEntity = new Map<number, Candidate>();
  for (const candidate of candidates) {
    const key = index.entityOf[candidate.doc]!;
    const previous = byEntity.get(key);
    if (
      !previous ||
      candidate.score > previous.score ||
      (candidate.score === previous.score && candidate.doc < previous.doc)
    ) {
      byEntity.set(key, candidate);
    }
  }
  return [...byEntity.entries()].map(([key, best]) => {
    // The version in the requested locale is shown even when only another locale's wording matched.
    const preferred = locale
      ? index.entityVersions[key]!.find((doc) => index.records[doc]!.locale === locale)
      : undefined;
    return preferred === undefined ? best : { ...best, doc: preferred };
  });
}

/**
 * The search is made in the visitor's language: entities shown in it, when the best of them is a good match
 * (MIN_CONFIDENCE); otherwise every match, those without a version in the language marked as such in the results.
 */
function selectLanguage(
  index: SearchIndex,
  candidates: Candidate[],
  locale: Locale | undefined,
  confidenceOf: (candidate: Candidate) => number,
): Candidate[] {
  if (!locale) return candidates;
  const native = candidates.filter((candidate) => index.records[candidate.doc]!.locale === locale);
  let best: Candidate | undefined;
  for (const candidate of native) if (!best || candidate.score > best.score) best = candidate;
  return best && confidenceOf(best) >= MIN_CONFIDENCE ? native : candidates;
}

/** Orders by the grouping policy: the top band (within GROUP_BAND_RATIO of the best) by kind, then the rest by score. */
function orderByPolicy(index: SearchIndex, candidates: Candidate[]): Candidate[] {
  const kindRank = (c: Candidate) => KIND_ORDER.indexOf(index.records[c.doc]!.kind);
  const byScore = (a: Candidate, b: Candidate) =>
    b.score - a.score || kindRank(a) - kindRank(b) || a.doc - b.doc;
  const sorted = [...candidates].sort(byScore);
  const top = sorted[0]?.score ?? 0;
  const band = sorted.filter((c) => c.score >= GROUP_BAND_RATIO * top);
  const rest = sorted.filter((c) => c.score < GROUP_BAND_RATIO * top);
  band.sort((a, b) => kindRank(a) - kindRank(b) || byScore(a, b));
  return [...band, ...rest];
}

function listMatchedTerms(index: SearchIndex, doc: number, expanded: ExpandedQuery, code?: string): string[] {
  const matched = new Set<string>();
  for (const concept of expanded.concepts) {
    if (concept.pair) continue;
    for (const alternative of concept.alternatives) {
      if (alternative.terms.every((term) => recordHasTerm(index, term, doc)))
        alternative.terms.forEach((term) => matched.add(term));
    }
  }
  if (code) analyzeText(code).forEach((term) => matched.add(term));
  return [...matched].sort();
}

function toResult(
  index: SearchIndex,
  candidate: Candidate,
  expanded: ExpandedQuery,
  locale: Locale | undefined,
): SearchResult {
  const record = index.records[candidate.doc]!;
  const matchedTerms = listMatchedTerms(index, candidate.doc, expanded, candidate.code?.code);
  const result: SearchResult = {
    id: record.id,
    kind: record.kind,
    title: record.title,
    codes: record.codes,
    url: record.url,
    score: Math.round(candidate.score * 1000) / 1000,
    locale: record.locale,
    article: record.article,
    product: record.product,
    snippet: buildSnippet(record.snippet, matchedTerms),
    matchedTerms,
  };
  if (candidate.code) {
    result.matchedCode = candidate.code.code;
    result.codeMatch = candidate.code.match;
  }
  if (locale && record.locale !== locale) result.otherLanguage = true;
  return result;
}

function suggestCloseCodes(index: SearchIndex, unknown: readonly FoundCode[]): string[] {
  const suggestions: string[] = [];
  for (const found of unknown) {
    const typed = found.text.toLowerCase().replace(/^0x/, "");
    const max = typed.length >= 8 ? 2 : 1;
    const close = index.codeList
      .map((entry) => ({ entry, distance: boundedEditDistance(typed, entry.lower.replace(/^0x/, ""), max) }))
      .filter(({ distance }) => distance <= max)
      .sort((a, b) => a.distance - b.distance || (a.entry.code < b.entry.code ? -1 : 1));
    suggestions.push(...close.map(({ entry }) => entry.code));
  }
  return suggestions;
}

/** Codes of weak results that share a word with the query (`bitmap` → SalBitmapError): codes that look similar. */
function suggestSimilarCodes(results: readonly SearchResult[]): string[] {
  return results.flatMap((result) =>
    result.codes.filter((code) => {
      const words = [code.toLowerCase(), ...splitCodeWords(code)];
      return words.some((word) => result.matchedTerms.includes(word));
    }),
  );
}

function buildEmptyResponse(query: string, truncated: boolean, message: string): SearchResponse {
  return {
    query,
    understood: { codes: [], truncated, message },
    results: [],
    match: "none",
    suggestions: [],
    products: [],
  };
}

function readLimit(limit: number | undefined): number {
  return Math.min(
    MAX_RESULT_LIMIT,
    Math.max(1, Math.floor(limit ?? DEFAULT_RESULT_LIMIT) || DEFAULT_RESULT_LIMIT),
  );
}

/** The matches to show: in the visitor's language (see selectLanguage), narrowed to a product, with facet counts. */
function chooseShown(
  index: SearchIndex,
  candidates: Candidate[],
  options: SearchOptions,
  confidenceOf: (candidate: Candidate) => number,
): { shown: Candidate[]; products: ProductFacet[]; product?: string } {
  const { locale } = options;
  const merged = mergeLocales(index, candidates, locale);
  const productKeyOf = (candidate: Candidate) => index.products[index.productOf[candidate.doc]!]!.key;
  const inLanguage = selectLanguage(index, merged, locale, confidenceOf);
  const products = countProducts(
    index,
    inLanguage.map((candidate) => candidate.doc),
  );
  const context = options.contextProduct ? describeProductKey(options.contextProduct) : undefined;
  if (context) {
    for (const candidate of merged)
      if (candidate.code && productKeyOf(candidate) === context) candidate.score += CONTEXT_PRODUCT_SCORE;
  }
  if (options.product === undefined) return { shown: inLanguage, products };
  const wanted = describeProductKey(options.product);
  const product =
    products.find((facet) => describeProductKey(facet.product) === wanted)?.product ?? options.product;
  // Narrowed to a product, the language is chosen again: the product may lack a good match in the visitor's.
  const narrowed = merged.filter((candidate) => productKeyOf(candidate) === wanted);
  return { shown: selectLanguage(index, narrowed, locale, confidenceOf), products, product };
}

/** What to offer besides the results: a corrected query, close codes, and (on a weak match) similar codes. */
function buildSuggestions(
  index: SearchIndex,
  codes: CodeResolution,
  corrected: string | undefined,
  match: MatchQuality,
  results: readonly SearchResult[],
): string[] {
  return [
    ...new Set([
      ...(corrected ? [corrected] : []),
      ...suggestCloseCodes(index, codes.unknown),
      ...(match === "weak" ? suggestSimilarCodes(results) : []),
    ]),
  ].slice(0, MAX_SUGGESTIONS);
}

/** The codes the query was understood to contain: a weak code only when an error it names stayed a match. */
function listUnderstoodCodes(codes: CodeResolution, candidates: readonly Candidate[]): UnderstoodCode[] {
  const namedByCode = new Set(
    candidates.filter((candidate) => candidate.code).map((candidate) => candidate.doc),
  );
  return codes.understood
    .filter((entry) => !entry.conditional || entry.docs.some((doc) => namedByCode.has(doc)))
    .map((entry) => entry.code);
}

/** Searches the index. Any string is a valid query; the answer says what it was understood as. */
export function search(index: SearchIndex, rawQuery: string, options: SearchOptions = {}): SearchResponse {
  const locale = options.locale;
  const { search: say, codes: codeWords } = options.words ?? en;
  const truncatedNote = fillTemplate(say.truncated, { max: MAX_QUERY_LENGTH });
  const input = typeof rawQuery === "string" ? rawQuery : "";
  const truncated = input.length > MAX_QUERY_LENGTH;
  const query = sanitizeText(input.slice(0, MAX_QUERY_LENGTH)).replace(/\s+/g, " ").trim();
  const words = analyzeText(query);
  if (words.length === 0) {
    return buildEmptyResponse(query, truncated, truncated ? `${truncatedNote} ${say.empty}` : say.empty);
  }
  const codes = resolveCodes(index, query, words, codeWords);
  const { candidates, expanded, terms, unknownIdf } = collectCandidates(index, words, codes);
  const confidenceOf = (candidate: Candidate) => measureConfidence(index, candidate, expanded, unknownIdf);
  const { shown, products, product } = chooseShown(index, candidates, options, confidenceOf);
  const ordered = orderByPolicy(index, shown);
  const toResponseResult = (candidate: Candidate) => toResult(index, candidate, expanded, locale);
  const results = ordered.slice(0, readLimit(options.limit)).map(toResponseResult);
  const match: MatchQuality =
    ordered.length === 0 ? "none" : confidenceOf(ordered[0]!) >= MIN_CONFIDENCE ? "good" : "weak";
  const corrected =
    expanded.corrections.size > 0
      ? terms.map((term) => expanded.corrections.get(term) ?? term).join(" ")
      : undefined;
  const notes = [
    truncated ? truncatedNote : "",
    results.length === 0 ? say.nothing : corrected ? fillTemplate(say.corrected, { text: corrected }) : "",
  ].filter(Boolean);
  const understood: SearchResponse["understood"] = {
    codes: listUnderstoodCodes(codes, candidates),
    truncated,
  };
  if (notes.length > 0) understood.message = notes.join(" ");
  const suggestions = buildSuggestions(index, codes, corrected, match, results);
  const response: SearchResponse = { query, understood, results, match, suggestions, products };
  if (product !== undefined) response.product = product;
  const clash = detectCodeClash(
    index,
    ordered,
    options.contextProduct && describeProductKey(options.contextProduct),
  );
  if (clash)
    response.clash = { code: clash.code, groups: groupByProduct(clash.candidates.map(toResponseResult)) };
  return response;
}
