/**
 * Search ranking policy: every weight, threshold and limit the engine uses, named and explained in one
 * place so that a change of policy is a one-line diff with a test that shows what it changes.
 */
import type { SearchResultKind } from "./search-types";

/**
 * Queries are cut at this many characters before any analysis. A pasted log of 100,000 characters must
 * still answer instantly; 2,000 characters hold a whole error dialog (about 300 words) several times over.
 * The cut is reported in `understood.truncated`.
 */
export const MAX_QUERY_LENGTH = 2_000;

/**
 * At most this many distinct query terms are scored; when a query has more, the rarest (most telling)
 * are kept. A pasted message rarely has more than 60 distinct words, and common words add cost, not signal.
 */
export const MAX_QUERY_TERMS = 64;

/**
 * In a catalog of at least `COMMON_TERM_MIN_RECORDS` entities, a query word (or word pair) found in more than
 * `COMMON_TERM_MAX_DF_SHARE` of them is skipped when at least `COMMON_TERM_MIN_OTHER_TERMS` rarer words remain:
 * in a pasted message, `det`, `att` and `the` cost the most postings and tell the least. Small catalogs keep
 * every word (it is cheap there, and each word still helps rank).
 */
export const COMMON_TERM_MAX_DF_SHARE = 0.05;
export const COMMON_TERM_MIN_OTHER_TERMS = 4;
export const COMMON_TERM_MIN_RECORDS = 5_000;

/** Score of an error whose code the query names exactly: far above any text score, so it always ranks first. */
export const EXACT_CODE_SCORE = 1_000;

/**
 * Score of an error printing another form of a code the query names: a family member (`0x80070005` wraps Win32
 * error 5, see code-families.ts) or an alias its document defines (`ERROR_ACCESS_DENIED` = `5`). Just below an
 * exact code, so the error printing the code as typed comes first, and above any close or text match.
 */
export const FAMILY_CODE_SCORE = 900;

/**
 * Score of an error whose symbolic code is within `CODE_FUZZY_MAX_DISTANCE` edits of a CamelCase token in the
 * query (`SalVhdInitialisationError` → `SalVhdInitializationError`): above text matches, below exact codes.
 */
export const FUZZY_CODE_SCORE = 500;

/**
 * Score of an error whose code starts with a token of a short query that is not a word of the catalog
 * (`sallowdisk` → `SalLowDiskSpace`, `3451` → `34513`): the search palette searches on every keystroke. Below
 * fuzzy and exact codes, above any text score of a short query; plus the typed share of the code (0–1), so the
 * most complete code comes first.
 */
export const PREFIX_CODE_SCORE = 200;

/** Codes are completed from this many typed letters or digits on: `sal` or `345` would name too many codes. */
export const PREFIX_CODE_MIN_LENGTH = 4;

/** A typed prefix completes to at most this many codes (the shortest, then in code order). */
export const PREFIX_CODE_MAX_MATCHES = 20;

/**
 * Prefix matching (of codes and words) applies only to queries of at most this many words: a query being typed
 * is short, and in a pasted message a word that is not in the catalog is not half-typed.
 */
export const PREFIX_MAX_QUERY_TERMS = 3;

/**
 * The last word of a short query, when it is not a word of the catalog and has at least `PREFIX_MIN_LENGTH`
 * letters, also matches up to `PREFIX_MAX_EXPANSIONS` catalog words starting with it (the most common first),
 * weighted `PREFIX_TERM_WEIGHT` (`säkerhetskop` → `säkerhetskopiering`): it is probably still being typed.
 */
export const PREFIX_MIN_LENGTH = 3;
export const PREFIX_MAX_EXPANSIONS = 8;
export const PREFIX_TERM_WEIGHT = 0.6;

/** Most edits (Damerau–Levenshtein) between a typed symbolic code and a known one to still count as that code. */
export const CODE_FUZZY_MAX_DISTANCE = 2;

/** Symbolic codes shorter than this are never matched fuzzily: `SalX` vs `SalY` is not a typo. */
export const CODE_FUZZY_MIN_LENGTH = 10;

/**
 * How much each field of an entity counts towards its text score. Titles and messages are what an
 * engineer types or pastes; causes explain; action steps mention many things in passing.
 */
export const FIELD_WEIGHTS = {
  title: 3,
  codes: 3,
  message: 2.5,
  /**
   * The words inside symbolic codes (`SalBitmapError` → sal bitmap error): a word found only in a code still
   * finds its error, though below the exact code (a code hit scores EXACT_CODE_SCORE) and below a title.
   */
  codeWords: 2,
  intro: 1,
  cause: 1,
  body: 1,
  step: 0.6,
} as const;
export type FieldName = keyof typeof FIELD_WEIGHTS;

/** BM25 term-frequency saturation: past a few mentions a word stops adding evidence. */
export const BM25_K1 = 1.2;

/** BM25 length normalisation: long entities (big flows, whole articles) must not win by size alone. */
export const BM25_B = 0.6;

/** Weight of a query word matched exactly as typed (after case folding and NFC). */
export const EXACT_TERM_WEIGHT = 1;

/** Weight of a match only after folding å/ä/ö to a/a/o (`sakerhetskopiering`): below the exact spelling. */
export const FOLDED_TERM_WEIGHT = 0.8;

/**
 * Weight of a match through a Swedish compound split or join (`valvuppgifter` ↔ `valv uppgifter`,
 * `säkerhetskopiering` ↔ `säkerhets kopiering`). Machine translation splits compounds at random, so this
 * is nearly as good as the exact word.
 */
export const COMPOUND_TERM_WEIGHT = 0.9;

/**
 * Weight of a match through a part of an acronym run in a code (`po` → `sqlpo` of `UserErrorSQLPODoesNotExist`):
 * the run is two acronyms written together, so the part is nearly the word itself.
 */
export const ACRONYM_PART_WEIGHT = 0.8;

/** Weight of a match through a shared light stem (`credentials` ~ `credential`, `kopieringar` ~ `kopiering`). */
export const STEM_TERM_WEIGHT = 0.7;

/** Weight of a match through a synonym group (`not enough` ~ `insufficient`, see synonyms.ts). */
export const SYNONYM_TERM_WEIGHT = 0.8;

/** Weight of a match through typo correction (`schedueld` → `scheduled`). */
export const FUZZY_TERM_WEIGHT = 0.5;

/** Parts of a compound split must each be at least this long: `ab` + `cdef` would split almost anything. */
export const MIN_COMPOUND_PART_LENGTH = 3;

/** Words shorter than this are never typo-corrected: too many short words are one edit apart. */
export const FUZZY_MIN_WORD_LENGTH = 4;

/** Most edits for a typo correction of a word shorter than `FUZZY_TWO_EDITS_MIN_LENGTH`. */
export const FUZZY_MAX_DISTANCE_SHORT = 1;

/** Words at least this long may be two edits off (`initialisation` vs `initialization` plus a slip). */
export const FUZZY_TWO_EDITS_MIN_LENGTH = 8;

/** At most this many vocabulary corrections are tried per misspelt word. */
export const FUZZY_MAX_CANDIDATES = 3;

/**
 * The score of an entity is multiplied by `coverage ^ COVERAGE_EXPONENT`, where coverage is the share of
 * (weighted) query terms it matches. A pasted 30-word message then lands on the error containing all of
 * them rather than on a long article mentioning a few of them many times.
 */
export const COVERAGE_EXPONENT = 2;

/**
 * Phrase overlap: adjacent word pairs of titles and messages are indexed as pair terms (`valv uppgifter`), and
 * each adjacent pair of the query found there adds its score times this weight (pairs do not count towards
 * coverage). A pasted verbatim message, or the first words of a title, then beats scattered mentions.
 */
export const PHRASE_PAIR_WEIGHT = 0.5;

/** Fields whose adjacent word pairs are indexed for phrase overlap. */
export const PHRASE_FIELDS: readonly FieldName[] = ["title", "message", "codeWords"];

/**
 * At most this many text matches (best first) go on to merging, grouping and results. Keeps the cost of a
 * query on a common word independent of catalog size; far more than any page shows.
 */
export const MAX_CANDIDATES = 200;

/** Results scoring below this share of the best result's score are dropped as noise. */
export const MIN_RELATIVE_SCORE = 0.15;

/** Results need at least this absolute text score (a single rare word in a step scores about 1). */
export const MIN_ABSOLUTE_SCORE = 0.2;

/**
 * Grouping policy. Results within this share of the best score form the top band, shown grouped by kind
 * (errors, flows, sections, articles; by score within a group). Anything weaker follows by score. So an
 * error comparable to the best match comes first, while a flow or section that clearly matches better than
 * any error (a command only a checklist mentions) is not buried under weak errors.
 */
export const GROUP_BAND_RATIO = 0.8;

/** Order of kinds within the top band. */
export const KIND_ORDER: readonly SearchResultKind[] = ["error", "flow", "section", "article"];

/**
 * Kind multipliers applied to text scores before banding: an article is a table of contents for its errors
 * and flows, so it should win only when nothing more specific matches.
 */
export const KIND_WEIGHTS: Readonly<Record<SearchResultKind, number>> = {
  error: 1,
  flow: 1,
  section: 0.9,
  article: 0.5,
};

/**
 * Confidence of a result: the share of what the query says that the result contains in some accepted form
 * (as typed, folded, stemmed, split, a synonym, a typo correction or a completion), each query word weighted by
 * its rarity (idf); a letter word no entity has counts against every result at the highest weight. A code hit is
 * sure (1). When the first result's confidence is below this, the result page and the palette say that nothing
 * matched well and offer suggestions first: a result that explains less than half of the query is more likely
 * unrelated than the answer. In a locale, a native best match below it lets other languages' entities in.
 */
export const MIN_CONFIDENCE = 0.5;

/**
 * A code clash (errors of several products, or several errors, carry a code the query names) is decided by the
 * rest of the query when the best of them matches its other words at least this many times better (text score)
 * than the next one; otherwise the response says the code is ambiguous and groups the candidates by product.
 */
export const CLASH_DECISION_RATIO = 2;

/**
 * Score added to an error of the visitor's product (the `contextProduct` a product page passes) that a code of
 * the query names: it decides a clash that the words leave open, while a clearer text match still wins.
 */
export const CONTEXT_PRODUCT_SCORE = 1;

/** Default and maximum number of results returned. */
export const DEFAULT_RESULT_LIMIT = 10;
export const MAX_RESULT_LIMIT = 100;

/** At most this many suggestions (close codes and corrected words) are offered. */
export const MAX_SUGGESTIONS = 5;

/** Snippets are cut to about this many characters around the first matched word. */
export const SNIPPET_LENGTH = 180;

/**
 * Catalogs with more errors than this are not shipped to the browser as an index: the page calls the search
 * API instead. At 2,000 errors the serialized index is about 1 MB raw and 150 kB gzip (see the benchmark).
 */
export const BROWSER_INDEX_MAX_ERRORS = 2_000;

/** Whether a catalog of `errorCount` errors ships its search index to browsers (see BROWSER_INDEX_MAX_ERRORS). */
export function shipsIndexToBrowser(errorCount: number): boolean {
  return errorCount <= BROWSER_INDEX_MAX_ERRORS;
}

/**
 * A bare number of fewer than this many digits is a code only when it is wrapped (`(407)`, `ID: 403`,
 * `Error 407`) or equals a known code exactly: `48 timmar`, `5%` or `50 datorer` are not codes.
 */
export const BARE_NUMBER_MIN_DIGITS = 5;

/** Number of lower-to-upper case changes that make a token a symbolic code (`SalBitmapError` has 2). */
export const CAMEL_CODE_MIN_HUMPS = 2;

/** Most adjacent words joined when looking for a code typed as words (`Sal Low Disk Space`). */
export const MAX_CODE_WORDS = 6;

/**
 * Relevance target over the multi-product catalog (every shared corpus document plus the bundled content): the
 * share of ../shared/eval/queries-multi.tsv whose first result carries an expected code.
 */
export const MULTI_CATALOG_MIN_TOP1 = 0.95;
