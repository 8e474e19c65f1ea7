/**
 * What is kept of a search: its codes, normalised by the search engine (so `0x1FC07`, `130055` and
 * `Fel 0x1fc07` are one code), whether each is known, the number of results, and a privacy-safe form of
 * its words. Nothing else of the query is stored.
 */
import { sanitizeText } from "../search/analyze-text";
import { displayNormalizedCode } from "../search/normalize-code";
import { maskPersonalData } from "./personal-data";
import type { SearchResponse } from "../search/search-types";
import type { SearchSource } from "../schema/feedback";

/** Most words of a query kept in its safe form: enough to see what was asked, too few to hold a pasted log. */
export const MAX_SAFE_QUERY_WORDS = 16;
/** A word longer than this is a token, a hash or a pasted blob, not a word: it is masked. */
export const MAX_SAFE_WORD_CHARS = 40;

export interface SearchRecordCode {
  /** As typed (or as the catalog prints it, when known), e.g. `0x1FC07`. */
  code: string;
  /** The engine's normalised key, e.g. `130055`. */
  normalized: string;
  known: boolean;
}

export interface SearchRecord {
  locale: string;
  source: SearchSource;
  /** The privacy-safe form of the query, e.g. `backup fails on ‹path› 0x1fc07`. */
  query: string;
  resultCount: number;
  codes: SearchRecordCode[];
}

const PLACEHOLDER = /^‹[a-z]+›$/u;
const TOKEN = /‹[a-z]+›|[\p{L}\p{N}]+/gu;

/**
 * The query with everything that could identify someone masked: URLs, e-mail and IP addresses, GUIDs,
 * file paths, and any word with digits that is not one of `codes` (host names, serial numbers, user ids);
 * lower-cased, at most `MAX_SAFE_QUERY_WORDS` words. `codes` are the normalised keys the engine understood.
 */
export function privacySafeQuery(query: string, codes: readonly string[] = []): string {
  const text = maskPersonalData(sanitizeText(query));
  const keep = new Set(codes);
  const words: string[] = [];
  for (const [token] of text.matchAll(TOKEN)) {
    if (words.length >= MAX_SAFE_QUERY_WORDS) break;
    words.push(maskWord(token, keep));
  }
  return words.join(" ");
}

function maskWord(token: string, codes: Set<string>): string {
  if (PLACEHOLDER.test(token)) return token;
  if (/\p{N}/u.test(token)) return codes.has(displayNormalizedCode(token)) ? token.toLowerCase() : "‹n›";
  return token.length > MAX_SAFE_WORD_CHARS ? "‹long›" : token.toLowerCase();
}

/** The record of one answered search. */
export function buildSearchRecord(
  response: SearchResponse,
  locale: string,
  source: SearchSource,
): SearchRecord {
  const codes = response.understood.codes.map((c) => ({
    code: c.code,
    normalized: c.normalized,
    known: c.known,
  }));
  return {
    locale,
    source,
    query: privacySafeQuery(
      response.query,
      codes.map((c) => c.normalized),
    ),
    resultCount: response.results.length,
    codes,
  };
}
