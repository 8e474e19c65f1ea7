/**
 * The search engine: codes first (exact, then close symbolic codes), then full text over titles, messages,
 * causes, actions, flows and sections, ranked by the policy in ranking.ts. Pure and synchronous; never throws
 * on any query text.
 */
import type { Locale } from "../schema/entities";
import { analyzeText, sanitizeText } from "./analyze-text";
import { boundedEditDistance } from "./edit-distance";
import { expandQuery } from "./expand-query";
import { countCamelHumps, findCodes, type FoundCode } from "./find-codes";
import { buildSnippet } from "./highlight-terms";
import { describeCode, displayNormalizedCode, normalizeCode } from "./normalize-code";
import { fillTemplate } from "../i18n/fill-template";
import { en } from "../i18n/languages/en";
import {
  CODE_FUZZY_MAX_DISTANCE,
  CODE_FUZZY_MIN_LENGTH,
  DEFAULT_RESULT_LIMIT,
  EXACT_CODE_SCORE,
  FUZZY_CODE_SCORE,
  GROUP_BAND_RATIO,
  KIND_ORDER,
  MAX_QUERY_LENGTH,
  MAX_RESULT_LIMIT,
  MAX_SUGGESTIONS,
  MIN_ABSOLUTE_SCORE,
  MIN_RELATIVE_SCORE,
  MAX_CANDIDATES,
  PREFIX_CODE_MAX_MATCHES,
  PREFIX_CODE_MIN_LENGTH,
  PREFIX_CODE_SCORE,
  PREFIX_MAX_QUERY_TERMS,
} from "./ranking";
import { findByPrefix } from "./prefix-match";
import { describeEntityKey, recordHasTerm, type CodeEntry, type SearchIndex } from "./search-index";
import { getKindWeights, scoreConcepts, type TextScores } from "./score-text";
import type {
  SearchOptions,
  SearchResponse,
  SearchResult,
  SearchWords,
  UnderstoodCode,
} from "./search-types";

type CodeWords = SearchWords["codes"];

export { buildSearchIndex, loadSearchIndex, serializeSearchIndex, type SearchIndex } from "./search-index";
export { highlightTerms } from "./highlight-terms";
export type * from "./search-types";

interface Candidate {
  doc: number;
  score: number;
  textScore: number;
  matchedCode?: string;
}

interface CodeResolution {
  hits: Map<number, { score: number; code: string }>;
  /** Query words that are part of a matched code (`0x1fc07`, `sal`, `low`…). */
  codeTerms: Set<string>;
  understood: UnderstoodCode[];
  unknown: FoundCode[];
}

function describeUnderstood(code: string, known: boolean, words: CodeWords, typed?: string): UnderstoodCode {
  const suffix = typed && typed !== code ? ` ≈ ${typed}` : "";
  return {
    code,
    normalized: displayNormalizedCode(code),
    description: describeCode(code, words, known) + suffix,
    known,
  };
}

function findPrintedCode(index: SearchIndex, doc: number, keys: readonly string[]): string {
  const codes = index.records[doc]!.codes;
  return codes.find((code) => normalizeCode(code).some((key) => keys.includes(key))) ?? codes[0] ?? "";
}

function findCloseSymbolicCodes(index: SearchIndex, typed: string): { code: string; docs: number[] }[] {
  const lower = typed.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
  if (lower.length < CODE_FUZZY_MIN_LENGTH) return [];
  return index.codeList.filter(
    (entry) =>
      entry.symbolic &&
      entry.lower.length >= CODE_FUZZY_MIN_LENGTH &&
      boundedEditDistance(lower, entry.lower, CODE_FUZZY_MAX_DISTANCE) <= CODE_FUZZY_MAX_DISTANCE,
  );
}

/**
 * Codes starting with a token still being typed (`sallowdisk`, `3451`), the shortest first, with the typed share
 * of each. None for a catalog word (`disk` is a word, not half a code) or a token shorter than the minimum.
 */
export function findPrefixCodes(index: SearchIndex, token: string): { entry: CodeEntry; share: number }[] {
  if (token.length < PREFIX_CODE_MIN_LENGTH || index.postings.has(token)) return [];
  const best = new Map<CodeEntry, number>();
  for (const { key, value } of findByPrefix(index.codePrefixes, token)) {
    best.set(value, Math.max(best.get(value) ?? 0, token.length / key.length));
  }
  return [...best]
    .map(([entry, share]) => ({ entry, share }))
    .sort((a, b) => b.share - a.share || (a.entry.code < b.entry.code ? -1 : 1))
    .slice(0, PREFIX_CODE_MAX_MATCHES);
}

function addPrefixCodeHits(index: SearchIndex, query: string, resolution: CodeResolution, add: AddHit): void {
  const tokens = analyzeText(query);
  if (tokens.length > PREFIX_MAX_QUERY_TERMS) return;
  for (const token of tokens) {
    if (resolution.codeTerms.has(token)) continue;
    for (const { entry, share } of findPrefixCodes(index, token)) {
      for (const doc of entry.docs) add(doc, PREFIX_CODE_SCORE + share, entry.code);
    }
  }
}

type AddHit = (doc: number, score: number, code: string) => void;

function resolveCodes(index: SearchIndex, query: string, words: CodeWords): CodeResolution {
  const resolution: CodeResolution = { hits: new Map(), codeTerms: new Set(), understood: [], unknown: [] };
  const addHit: AddHit = (doc, score, code) => {
    if ((resolution.hits.get(doc)?.score ?? 0) < score) resolution.hits.set(doc, { score, code });
  };
  const addUnderstood = (entry: UnderstoodCode) => {
    if (!resolution.understood.some((existing) => existing.code === entry.code))
      resolution.understood.push(entry);
  };
  for (const found of findCodes(query)) {
    const docs = [...new Set(found.keys.flatMap((key) => index.codeIndex.get(key) ?? []))];
    if (docs.length > 0) {
      analyzeText(found.text).forEach((term) => resolution.codeTerms.add(term));
      for (const doc of docs) {
        const printed = findPrintedCode(index, doc, found.keys);
        addHit(doc, EXACT_CODE_SCORE, printed);
        addUnderstood(describeUnderstood(printed, true, words));
      }
      continue;
    }
    if (found.strength !== "strong") continue;
    const close =
      found.symbolic && countCamelHumps(found.text) > 0 ? findCloseSymbolicCodes(index, found.text) : [];
    for (const entry of close) {
      for (const doc of entry.docs) addHit(doc, FUZZY_CODE_SCORE, entry.code);
      addUnderstood(describeUnderstood(entry.code, true, words, found.text));
    }
    if (close.length === 0) {
      addUnderstood(describeUnderstood(found.text, false, words));
      resolution.unknown.push(found);
    }
  }
  addPrefixCodeHits(index, query, resolution, addHit);
  return resolution;
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
    if (score >= threshold) candidates.push({ doc: text.docs[i]!, score, textScore: score });
  }
  return candidates;
}

// Words that only wrap a code (`ID`, `Fel`, `Error code`): noise for the text search once a code was read.
const CODE_WRAPPER_WORDS = new Set(["id", "fel", "felkod", "felkoden", "error", "code", "kod", "hresult"]);

function collectCandidates(index: SearchIndex, query: string, codes: CodeResolution) {
  const hasCode = codes.hits.size > 0 || codes.unknown.length > 0;
  const terms = analyzeText(query).filter((term) => !(hasCode && CODE_WRAPPER_WORDS.has(term)));
  const candidates = new Map<number, Candidate>();
  // A query that is only a known code (`0x1FC07`, `(ID: 34513)`) needs no text search: answer from the code index.
  const onlyCode = codes.hits.size > 0 && terms.every((term) => codes.codeTerms.has(term));
  const expanded = onlyCode
    ? { concepts: [], corrections: new Map<string, string>() }
    : expandQuery(index, terms);
  if (!onlyCode) {
    for (const candidate of selectTextCandidates(index, scoreConcepts(index, expanded.concepts)))
      candidates.set(candidate.doc, candidate);
  }
  for (const [doc, hit] of codes.hits) {
    const textScore = candidates.get(doc)?.textScore ?? 0;
    candidates.set(doc, { doc, score: hit.score + textScore, textScore, matchedCode: hit.code });
  }
  return { candidates: [...candidates.values()], expanded, terms };
}

/** One candidate per entity across locales: the best score, shown in the requested locale when it exists. */
function mergeLocales(index: SearchIndex, candidates: Candidate[], locale: Locale | undefined): Candidate[] {
  const byEntity = new Map<string, Candidate>();
  for (const candidate of candidates) {
    const key = describeEntityKey(index.records[candidate.doc]!);
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
      ? index.entityVersions.get(key)?.find((doc) => index.records[doc]!.locale === locale)
      : undefined;
    return preferred === undefined ? best : { ...best, doc: preferred };
  });
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

function listMatchedTerms(
  index: SearchIndex,
  doc: number,
  expanded: ReturnType<typeof expandQuery>,
  code?: string,
): string[] {
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
  expanded: ReturnType<typeof expandQuery>,
): SearchResult {
  const record = index.records[candidate.doc]!;
  const matchedTerms = listMatchedTerms(index, candidate.doc, expanded, candidate.matchedCode);
  const result: SearchResult = {
    id: record.id,
    kind: record.kind,
    title: record.title,
    codes: record.codes,
    url: record.url,
    score: Math.round(candidate.score * 1000) / 1000,
    locale: record.locale,
    article: record.article,
    snippet: buildSnippet(record.snippet, matchedTerms),
    matchedTerms,
  };
  if (candidate.matchedCode) result.matchedCode = candidate.matchedCode;
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

function buildEmptyResponse(query: string, truncated: boolean, message: string): SearchResponse {
  return { query, understood: { codes: [], truncated, message }, results: [], suggestions: [] };
}

/** Searches the index. Any string is a valid query; the answer says what it was understood as. */
export function search(index: SearchIndex, rawQuery: string, options: SearchOptions = {}): SearchResponse {
  const locale = options.locale;
  const { search: words, codes: codeWords } = options.words ?? en;
  const truncatedNote = fillTemplate(words.truncated, { max: MAX_QUERY_LENGTH });
  const limit = Math.min(
    MAX_RESULT_LIMIT,
    Math.max(1, Math.floor(options.limit ?? DEFAULT_RESULT_LIMIT) || DEFAULT_RESULT_LIMIT),
  );
  const input = typeof rawQuery === "string" ? rawQuery : "";
  const truncated = input.length > MAX_QUERY_LENGTH;
  const query = sanitizeText(input.slice(0, MAX_QUERY_LENGTH)).replace(/\s+/g, " ").trim();
  if (analyzeText(query).length === 0) {
    return buildEmptyResponse(query, truncated, truncated ? `${truncatedNote} ${words.empty}` : words.empty);
  }
  const codes = resolveCodes(index, query, codeWords);
  const { candidates, expanded, terms } = collectCandidates(index, query, codes);
  const ordered = orderByPolicy(index, mergeLocales(index, candidates, locale));
  const results = ordered.slice(0, limit).map((candidate) => toResult(index, candidate, expanded));
  const corrected =
    expanded.corrections.size > 0
      ? terms.map((term) => expanded.corrections.get(term) ?? term).join(" ")
      : undefined;
  const suggestions = [
    ...new Set([...(corrected ? [corrected] : []), ...suggestCloseCodes(index, codes.unknown)]),
  ].slice(0, MAX_SUGGESTIONS);
  const notes = [
    truncated ? truncatedNote : "",
    results.length === 0
      ? words.nothing
      : corrected
        ? fillTemplate(words.corrected, { text: corrected })
        : "",
  ].filter(Boolean);
  const understood: SearchResponse["understood"] = { codes: codes.understood, truncated };
  if (notes.length > 0) understood.message = notes.join(" ");
  return { query, understood, results, suggestions };
}
