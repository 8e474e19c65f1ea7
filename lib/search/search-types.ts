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
  /** Product of that article, e.g. `Azure Backup MARS agent` (empty when the article names none). */
  product: string;
  /**
   * True when the entity has no version in the requested locale and is shown in its own (`locale`): the
   * requested language had no good match. Absent otherwise.
   */
  otherLanguage?: true;
  /** Plain text to show under the title (the message for errors). */
  snippet: string;
  /** Index words the entity matched, for `highlightTerms`. */
  matchedTerms: string[];
  /** The code that matched, as printed, when the hit came from a code. */
  matchedCode?: string;
  /**
   * How that code met the query, with `matchedCode`: `exact` (the code as typed, in any notation), `family` (another
   * form of it: `0x80070005` for `5`, or a name its document defines with the number), `fuzzy` (a close spelling of
   * a symbolic code) or `prefix` (a code being typed).
   */
  codeMatch?: "exact" | "family" | "fuzzy" | "prefix";
}

/** How well the first result matches the query (see MIN_CONFIDENCE in ranking.ts). */
export type MatchQuality = "good" | "weak" | "none";

/** A product among the matches, for narrowing a search to it. */
export interface ProductFacet {
  /** The product as its articles name it, e.g. `Azure Files`. */
  product: string;
  /** How many results of the query (before any `product` filter and the result limit) belong to it, e.g. `3`. */
  count: number;
}

/** Results of one product, e.g. the errors of `Azure Files` that carry a code. */
export interface ProductGroup {
  /** The product, e.g. `Azure Files` (empty when the article names none). */
  product: string;
  results: SearchResult[];
}

/** Errors (of several products, usually) that carry a code the query names, when nothing else in the query chose one. */
export interface CodeClash {
  /** The code as the query gives it, e.g. `112`. */
  code: string;
  /** The candidates grouped by product (products in result order), e.g. Windows system errors, then Azure Files. */
  groups: ProductGroup[];
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
  /**
   * `good`, `weak` (the best result explains less than MIN_CONFIDENCE of the query: say that nothing matched
   * well and offer the suggestions and products first) or `none` (no results).
   */
  match: MatchQuality;
  /** Close codes and corrected words, offered when nothing matched, only a correction did, or only weakly. */
  suggestions: string[];
  /** Products among the matches, most matches first: the product facet. Computed before `product` narrows them. */
  products: ProductFacet[];
  /** The product the results were narrowed to, as the catalog spells it (`product` option), when one was given. */
  product?: string;
  /** Set when the query names a code that errors of several products carry and the rest of it chose none. */
  clash?: CodeClash;
}

/** Options of one search. */
export interface SearchOptions {
  /**
   * The visitor's locale: the search is made in it (entities shown in it when they exist in it); only when it has
   * no good match are entities without a version in it shown, marked `otherLanguage`.
   */
  locale?: Locale;
  /** Most results to return (default `DEFAULT_RESULT_LIMIT`). */
  limit?: number;
  /** Only results of this product, compared without case or extra spaces, e.g. `azure files`. */
  product?: string;
  /** The product the visitor is in (a product's page): it decides a code clash in its favour, e.g. `Azure Files`. */
  contextProduct?: string;
  /**
   * The words of the answer in the reader's language, e.g. `getTranslation(locale)`; English when absent.
   * Given by the caller so the engine, which browsers load, carries no table of every language.
   */
  words?: SearchWords;
}
