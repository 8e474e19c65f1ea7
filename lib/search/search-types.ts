/** The shapes the search engine answers with: what the UI, API and CLI read. */
import type { Locale } from "../schema/entities";
import type { Translation } from "../i18n/translation";

/** The words an answer is written in: its messages and the words of code descriptions. */
export type SearchWords = Pick<Translation, "search" | "codes">;

/** What a result points at; section results are headings of an article. */
export type SearchResultKind = "error" | "flow" | "article" | "section";

/** A code the query was understood to contain. */
export interface UnderstoodCode {
  /** The code as the catalog prints it when known (`0x1FC07`), else as typed. */
  code: string;
  /** The normalised key: a decimal value (`130055`) for numeric codes, lower-case letters for symbolic ones. */
  normalized: string;
  /** How the query was read, in the requested locale (English without one), e.g. `code 0x1FC07 (decimal 130055)`. */
  description: string;
  /** Whether an error with this code exists (`false` when only a close code was found or none). */
  known: boolean;
}

/** One hit. */
export interface SearchResult {
  /** Entity id, e.g. `sallowdiskspace`; section ids are heading anchors. */
  id: string;
  kind: SearchResultKind;
  title: string;
  /** Codes of an error as printed; empty for other kinds. */
  codes: string[];
  /** Site path, e.g. `/sv/errors/sallowdiskspace` or `/sv/articles/troubleshoot-mars-agent#prerequisites`. */
  url: string;
  /** Ranking score (higher is better); only comparable within one response. */
  score: number;
  locale: Locale;
  /** Id of the article the entity belongs to. */
  article: string;
  /** Plain text to show under the title (the message for errors). */
  snippet: string;
  /** Index words the entity matched, for `highlightTerms`. */
  matchedTerms: string[];
  /** The code that matched, as printed, when the hit came from a code. */
  matchedCode?: string;
}

/** The answer to one query. */
export interface SearchResponse {
  /** The query as searched (after truncation). */
  query: string;
  understood: {
    codes: UnderstoodCode[];
    /** True when the query was longer than the maximum and was cut. */
    truncated: boolean;
    /** Why there are no results, or what was changed, in plain words, when there is something to say. */
    message?: string;
  };
  results: SearchResult[];
  /** Close codes and corrected words, offered when nothing (or only a correction) matched. */
  suggestions: string[];
}

/** Options of one search. */
export interface SearchOptions {
  /** Preferred locale: results are shown in it when the entity exists in it. */
  locale?: Locale;
  /** Most results to return (default `DEFAULT_RESULT_LIMIT`). */
  limit?: number;
  /**
   * The words of the answer in the reader's language, e.g. `getTranslation(locale)`; English when absent.
   * Given by the caller so the engine, which browsers load, carries no table of every language.
   */
  words?: SearchWords;
}
