/**
 * What the search page says around its results, each thing once: what the query was understood as, the
 * engine's note (a correction, a cut query) only when there are results to explain, "did you mean"
 * suggestions that the note has not already made, and for no results at all one statement with
 * ways forward. Whether a query jumps straight to an error instead (one known code, one error, no clash of
 * products over the code) is decided here too, with the way back to the list.
 */
import type { Locale } from "../schema/entities";
import type { SearchResponse } from "../search/search-types";
import { errorPath, searchPath } from "./urls";

/** A query longer than this is a pasted message, read on the results page even when it names one code. */
export const MAX_JUMP_QUERY_CHARS = 40;

/** The query parameter that keeps the results list instead of jumping to the only error. */
export const LIST_PARAM = "list";

/** The query parameter an error page reads to offer the way back to the search it was reached from. */
export const FROM_SEARCH_PARAM = "q";

export interface SearchPageView {
  /** Where to send the reader instead of showing the list (one known code of exactly one error). */
  jumpTo?: string;
  /** "code 0x1FC07 (decimal 130055)", one per code in the query. */
  understood: string[];
  /** The engine's note about the results (shown only when there are results). */
  note?: string;
  /** Suggestions not already said by the note. */
  suggestions: string[];
  noResults: boolean;
}

export function buildSearchPageView(
  response: SearchResponse,
  options: { keepList: boolean },
): SearchPageView {
  const [top] = response.results;
  const exactCodes = response.understood.codes.filter((code) => code.known);
  const codeHits = response.results.filter((result) => result.kind === "error" && result.matchedCode);
  const jump =
    !options.keepList &&
    top !== undefined &&
    !response.clash &&
    exactCodes.length === 1 &&
    codeHits.length === 1 &&
    top === codeHits[0] &&
    response.query.trim().length <= MAX_JUMP_QUERY_CHARS;
  const noResults = response.results.length === 0;
  const note = noResults ? undefined : response.understood.message;
  return {
    ...(jump ? { jumpTo: withFromSearch(top.url, response.query) } : {}),
    understood: response.understood.codes.map((code) => code.description),
    ...(note ? { note } : {}),
    suggestions: response.suggestions.filter((suggestion) => !note?.includes(suggestion)),
    noResults,
  };
}

/** An error page's address that remembers the search it was reached from. */
export function withFromSearch(url: string, query: string): string {
  return `${url}${url.includes("?") ? "&" : "?"}${FROM_SEARCH_PARAM}=${encodeURIComponent(query)}`;
}

/** The results page of `query`, kept as a list even when it would jump to one error. */
export function searchListPath(locale: Locale, query: string): string {
  return `${searchPath(locale, query)}&${LIST_PARAM}=1`;
}

/** Errors to offer when nothing matched: the catalog's coded errors, at most `limit`. */
export function pickCommonCodes(
  errors: ReadonlyArray<{ id: string; title: string; codes: readonly string[] }>,
  locale: Locale,
  limit = 8,
): Array<{ code: string; title: string; href: string }> {
  return errors
    .filter((error) => error.codes.length > 0)
    .slice(0, limit)
    .map((error) => ({ code: error.codes[0]!, title: error.title, href: errorPath(locale, error.id) }));
}
