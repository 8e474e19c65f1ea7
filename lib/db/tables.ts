/**
 * The tables of the feedback store, as Kysely sees them (one definition; migrations create exactly these).
 * Missing ids are stored as `''`, never NULL, so unique keys and GROUP BY treat them alike in both dialects.
 */
import type { Generated } from "kysely";

/** One answer or step reached, kept for `FIXPATH_FEEDBACK_RETENTION_DAYS`, then rolled up into daily counts. */
export interface FeedbackEventTable {
  id: Generated<number>;
  /** UTC day of the answer, `YYYY-MM-DD`. */
  day: string;
  /** Time of the latest answer under this key, milliseconds since the epoch (orders a reader's steps). */
  at: number;
  locale: string;
  error_id: string;
  cause_id: string;
  flow_id: string;
  step_id: string;
  /** `fixed`, `not-fixed` or `reached`. */
  outcome: string;
  /** Comment after a No, with e-mail and IP addresses masked; NULL when none. */
  comment: string | null;
  /** Spam score of the comment, 0 to 1; NULL without a comment. */
  spam_score: number | null;
  /** Hash of the voter cookie, the day's salt and the page's subject: never the cookie itself. */
  voter_hash: string;
  /** What one voter may answer once a day, e.g. `vote:<error>:<cause>` or `reached:<flow>:<step>`. */
  dedupe_key: string;
}

/** Daily counts that outlive the raw events; `outcome` is also `left` (the last step of a walk). */
export interface OutcomeDailyTable {
  day: string;
  locale: string;
  error_id: string;
  cause_id: string;
  flow_id: string;
  step_id: string;
  outcome: string;
  count: number;
}

/** One search, in its privacy-safe form. */
export interface SearchEventTable {
  id: Generated<number>;
  day: string;
  at: number;
  locale: string;
  /** `page`, `palette`, `api` or `embed`. */
  source: string;
  /** The privacy-safe form of the query. */
  query: string;
  result_count: number;
  code_count: number;
}

/** One code found in one search (normalised), so gaps are counted per code whatever its spelling. */
export interface SearchCodeTable {
  id: Generated<number>;
  day: string;
  locale: string;
  /** Normalised key, e.g. `130055`. */
  normalized: string;
  /** The code as typed, e.g. `0x1FC07`. */
  code: string;
  /** 1 when an error has this code, 0 when it is a gap. */
  known: number;
  result_count: number;
}

/** Daily search counts: `kind` is `search` (key ''), `zero-result` (key: safe query) or `unknown-code` (key: normalised). */
export interface SearchDailyTable {
  day: string;
  locale: string;
  kind: string;
  key: string;
  /** The code as typed, for `unknown-code`; the key otherwise. */
  label: string;
  count: number;
}

/** The salt of one UTC day, shared by every instance; deleted when the day is over. */
export interface VoterSaltTable {
  day: string;
  salt: string;
}

/** A row per maintenance job; updating it serialises that job across instances. */
export interface MaintenanceLockTable {
  name: string;
  runs: number;
}

export interface FeedbackDatabase {
  feedback_events: FeedbackEventTable;
  outcome_daily: OutcomeDailyTable;
  search_events: SearchEventTable;
  search_codes: SearchCodeTable;
  search_daily: SearchDailyTable;
  voter_salts: VoterSaltTable;
  maintenance_locks: MaintenanceLockTable;
}
