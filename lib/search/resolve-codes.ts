/**
 * Code resolution: which errors the codes of a query name. Exact codes first, then the same code in another form
 * (a code family of code-families.ts, or an alias its document defines), close symbolic codes, and codes still
 * being typed. Says what each code was understood as.
 */
import { analyzeText } from "./analyze-text";
import { boundedEditDistance } from "./edit-distance";
import { countCamelHumps, findCodes, type FoundCode } from "./find-codes";
import { describeCode, displayNormalizedCode, type CodeKey } from "./normalize-code";
import type { SearchWords } from "./search-types";

type CodeWords = SearchWords["codes"];
import { findByPrefix } from "./prefix-match";
import {
  CODE_FUZZY_MAX_DISTANCE,
  CODE_FUZZY_MIN_LENGTH,
  EXACT_CODE_SCORE,
  FAMILY_CODE_SCORE,
  FUZZY_CODE_SCORE,
  PREFIX_CODE_MAX_MATCHES,
  PREFIX_CODE_MIN_LENGTH,
  PREFIX_CODE_SCORE,
  PREFIX_MAX_QUERY_TERMS,
} from "./ranking";
import type { CodeEntry, SearchIndex } from "./search-index";
import type { SearchResult, UnderstoodCode } from "./search-types";

/** How an error's code met the query: the code itself, another form of it, a close spelling, or a completion. */
export type CodeMatch = NonNullable<SearchResult["codeMatch"]>;

/** An error named by a code of the query. */
export interface CodeHit {
  score: number;
  /** The error's code as printed, e.g. `0x80070005`. */
  code: string;
  match: CodeMatch;
  /** The code as the query gives it, e.g. `Mount error(112)` → `112`: errors hit by one typed code may clash. */
  typed: string;
  /**
   * A weak code that ordinary text also produces (a bare short number, a plain word, words typed apart) in a query
   * with other words counts only for errors that also hold most of those words: `step 3 failed` must not open
   * Win32 error 3. A CamelCase word that is a known code (`InvalidTemplate`) is no ordinary text.
   */
  conditional: boolean;
}

/** A code the query was understood to contain, and the errors it names (a weak code's count only if they stay). */
export interface UnderstoodEntry {
  code: UnderstoodCode;
  docs: number[];
  conditional: boolean;
}

export interface CodeResolution {
  hits: Map<number, CodeHit>;
  /** Query words that are part of a matched code (`0x1fc07`, `sal`, `low`…). */
  codeTerms: Set<string>;
  understood: UnderstoodEntry[];
  unknown: FoundCode[];
}

// Descriptions of codes already described, per table of words: the same codes come back query after query
// (bounded, then restarted).
const described = new WeakMap<CodeWords, Map<string, Pick<UnderstoodCode, "normalized" | "description">>>();
const MAX_DESCRIBED = 2_000;

function describeUnderstood(code: string, known: boolean, words: CodeWords, typed?: string): UnderstoodCode {
  const suffix = typed && typed !== code ? ` ≈ ${typed}` : "";
  const key = `${known ? 1 : 0}${code}\u0000${suffix}`;
  let cache = described.get(words);
  if (!cache) described.set(words, (cache = new Map()));
  let text = cache.get(key);
  if (!text) {
    if (cache.size >= MAX_DESCRIBED) cache.clear();
    text = {
      normalized: displayNormalizedCode(code),
      description: describeCode(code, words, known) + suffix,
    };
    cache.set(key, text);
  }
  return { code, ...text, known };
}

/** The error's code as printed that has the first of `keys` it has (keys in order of preference). */
function findPrintedCode(index: SearchIndex, doc: number, keys: readonly string[]): string {
  const codes = index.records[doc]!.codes;
  if (codes.length === 1) return codes[0]!;
  for (const key of keys) {
    for (const code of codes) if (index.codeEntries.get(code)?.keys.includes(key)) return code;
  }
  return codes[0] ?? "";
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
 * The catalog's keys of other forms of a code: its aliases (`ERROR_ACCESS_DENIED` ↔ `5`), its family members
 * (`0x80070005` ↔ `5`), and the aliases of those, so `ERROR_ACCESS_DENIED` reaches an error printing `0x80070005`.
 */
export function relateCodeKeys(index: SearchIndex, keys: readonly CodeKey[]): CodeKey[] {
  if (index.relatedCodes.size === 0) return NONE;
  const related = new Set<CodeKey>();
  for (const key of keys)
    for (const other of index.relatedCodes.get(key) ?? []) if (!keys.includes(other)) related.add(other);
  if (related.size === 0) return NONE;
  // Forms of the kind typed first: a number finds `87` before `ERROR_INVALID_PARAMETER`, a name the reverse.
  const kind = keys[0]?.slice(0, 2);
  return [...related].sort((a, b) => Number(b.startsWith(kind ?? "")) - Number(a.startsWith(kind ?? "")));
}

const NONE: never[] = [];

/** The records printing any of the keys (read-only: a single key's list is the index's own). */
function lookUpDocs(index: SearchIndex, keys: readonly CodeKey[]): readonly number[] {
  if (keys.length === 0) return NONE;
  if (keys.length === 1) return index.codeIndex.get(keys[0]!) ?? NONE;
  return [...new Set(keys.flatMap((key) => index.codeIndex.get(key) ?? []))];
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

function keepBestHit(resolution: CodeResolution, doc: number, hit: CodeHit): void {
  const previous = resolution.hits.get(doc);
  if (!previous || previous.score < hit.score) resolution.hits.set(doc, hit);
}

function addUnderstoodCode(
  resolution: CodeResolution,
  code: UnderstoodCode,
  docs: number[],
  conditional: boolean,
): void {
  for (const entry of resolution.understood) {
    if (entry.code.code !== code.code) continue;
    entry.docs.push(...docs);
    entry.conditional &&= conditional;
    return;
  }
  resolution.understood.push({ code, docs, conditional });
}

/** Resolves every code of the query (whose words, analyzed, are `words`) against the index. */
export function resolveCodes(
  index: SearchIndex,
  query: string,
  words: readonly string[],
  codeWords: CodeWords,
): CodeResolution {
  const resolution: CodeResolution = { hits: new Map(), codeTerms: new Set(), understood: [], unknown: [] };
  const addHit = (doc: number, hit: CodeHit) => keepBestHit(resolution, doc, hit);
  const addUnderstood = (code: UnderstoodCode, docs: number[] = [], conditional = false) =>
    addUnderstoodCode(resolution, code, docs, conditional);
  for (const found of findCodes(query)) {
    const conditional = found.strength === "weak" && countCamelHumps(found.text) === 0;
    const exact = lookUpDocs(index, found.keys);
    const relatedKeys = relateCodeKeys(index, found.keys);
    const related = lookUpDocs(index, relatedKeys).filter((doc) => !exact.includes(doc));
    if (exact.length > 0 || related.length > 0) {
      analyzeText(found.text).forEach((term) => resolution.codeTerms.add(term));
      if (exact.length === 0)
        addUnderstood(describeUnderstood(found.text, true, codeWords), [...related], conditional);
      for (const doc of exact) {
        const code = findPrintedCode(index, doc, found.keys);
        addHit(doc, { score: EXACT_CODE_SCORE, code, match: "exact", typed: found.text, conditional });
        addUnderstood(describeUnderstood(code, true, codeWords), [doc], conditional);
      }
      for (const doc of related) {
        const code = findPrintedCode(index, doc, relatedKeys);
        addHit(doc, { score: FAMILY_CODE_SCORE, code, match: "family", typed: found.text, conditional });
        addUnderstood(describeUnderstood(code, true, codeWords), [doc], conditional);
      }
      continue;
    }
    if (found.strength !== "strong") continue;
    const close =
      found.symbolic && countCamelHumps(found.text) > 0 ? findCloseSymbolicCodes(index, found.text) : [];
    for (const entry of close) {
      for (const doc of entry.docs)
        addHit(doc, {
          score: FUZZY_CODE_SCORE,
          code: entry.code,
          match: "fuzzy",
          typed: found.text,
          conditional,
        });
      addUnderstood(describeUnderstood(entry.code, true, codeWords, found.text), [...entry.docs]);
    }
    if (close.length === 0) {
      addUnderstood(describeUnderstood(found.text, false, codeWords));
      resolution.unknown.push(found);
    }
  }
  if (words.length <= PREFIX_MAX_QUERY_TERMS) {
    for (const token of words) {
      if (resolution.codeTerms.has(token)) continue;
      for (const { entry, share } of findPrefixCodes(index, token)) {
        for (const doc of entry.docs) {
          const hit: CodeHit = {
            score: PREFIX_CODE_SCORE + share,
            code: entry.code,
            match: "prefix",
            typed: token,
            conditional: false,
          };
          addHit(doc, hit);
        }
      }
    }
  }
  return resolution;
}
