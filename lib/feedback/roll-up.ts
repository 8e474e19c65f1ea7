/**
 * Retention: raw answers and searches older than `FIXPATH_FEEDBACK_RETENTION_DAYS` are rolled up into daily
 * counts and deleted (comments and voter hashes go with them). The same counting serves the insights of days
 * still held raw, so a day reads the same before and after its roll-up.
 */
import { isFlowEnd } from "../flows/walk-flow";

/** Days raw events are kept unless `FIXPATH_FEEDBACK_RETENTION_DAYS` says otherwise. */
export const DEFAULT_RETENTION_DAYS = 90;
/** The outcome under which a daily count of readers who left a guided fix at a step is kept. */
export const LEFT_OUTCOME = "left";

/** `FIXPATH_FEEDBACK_RETENTION_DAYS`: whole days, at least 1; anything else gives the default. */
export function readRetentionDays(value: string | undefined): number {
  return value && /^\d{1,5}$/.test(value.trim()) && Number(value) >= 1
    ? Number(value)
    : DEFAULT_RETENTION_DAYS;
}

/** The first UTC day still kept raw: days before it are rolled up. `retentionDays` 1 keeps today only. */
export function retentionCutoff(now: number, retentionDays: number): string {
  const today = Date.UTC(
    new Date(now).getUTCFullYear(),
    new Date(now).getUTCMonth(),
    new Date(now).getUTCDate(),
  );
  return new Date(today - (retentionDays - 1) * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

/** What a count is kept per in `outcome_daily`. */
export interface OutcomeKey {
  day: string;
  locale: string;
  error_id: string;
  cause_id: string;
  flow_id: string;
  step_id: string;
  outcome: string;
}
export interface OutcomeCount extends OutcomeKey {
  count: number;
}

/** The columns of a raw answer the roll-up reads. */
export interface RawOutcome extends OutcomeKey {
  id: number;
  at: number;
  voter_hash: string;
}

/**
 * Where each reader left each guided fix: per walk (one voter, one flow, one day) the step reached last,
 * unless that was an end (`done`, `escalate`): those readers finished.
 */
export function findWalkEnds(rows: readonly RawOutcome[]): OutcomeKey[] {
  const last = new Map<string, RawOutcome>();
  for (const row of rows) {
    if (row.outcome !== "reached") continue;
    const walk = `${row.day}\n${row.voter_hash}\n${row.error_id}\n${row.flow_id}`;
    const seen = last.get(walk);
    // Ties in time (the same millisecond) are broken by insertion order, so the answer is deterministic.
    if (!seen || row.at > seen.at || (row.at === seen.at && row.id > seen.id)) last.set(walk, row);
  }
  return [...last.values()]
    .filter((row) => !isFlowEnd(row.step_id))
    .map((row) => ({ ...keyOf(row), outcome: LEFT_OUTCOME }));
}

/** Daily counts of raw answers: one per key, plus the `left` counts of guided fixes; sorted. */
export function rollUpOutcomes(rows: readonly RawOutcome[]): OutcomeCount[] {
  return countByKey([...rows.map(keyOf), ...findWalkEnds(rows)]);
}

function keyOf(row: OutcomeKey): OutcomeKey {
  const { day, locale, error_id, cause_id, flow_id, step_id, outcome } = row;
  return { day, locale, error_id, cause_id, flow_id, step_id, outcome };
}

function countByKey(keys: OutcomeKey[]): OutcomeCount[] {
  const counts = new Map<string, OutcomeCount>();
  for (const key of keys) {
    const id = [key.day, key.locale, key.error_id, key.cause_id, key.flow_id, key.step_id, key.outcome].join(
      "\n",
    );
    const entry = counts.get(id);
    if (entry) entry.count += 1;
    else counts.set(id, { ...key, count: 1 });
  }
  return [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, entry]) => entry);
}

/** Kinds of daily search counts. */
export const SEARCH_KINDS = {
  all: "search",
  zeroResult: "zero-result",
  unknownCode: "unknown-code",
} as const;

export interface RawSearch {
  day: string;
  locale: string;
  query: string;
  result_count: number;
}
export interface RawSearchCode {
  day: string;
  locale: string;
  normalized: string;
  code: string;
  known: number;
}
export interface SearchCount {
  day: string;
  locale: string;
  kind: string;
  key: string;
  label: string;
  count: number;
}

/**
 * Daily search counts: every search (`search`, key ''), zero-result searches by safe query, and unknown codes
 * by normalised key (labelled with the spelling typed most, ties to the first in code order); sorted.
 */
export function rollUpSearches(
  searches: readonly RawSearch[],
  codes: readonly RawSearchCode[],
): SearchCount[] {
  const counts = new Map<string, SearchCount>();
  const labels = new Map<string, Map<string, number>>();
  const add = (day: string, locale: string, kind: string, key: string, label: string) => {
    const id = [day, locale, kind, key].join("\n");
    const entry = counts.get(id) ?? { day, locale, kind, key, label: key, count: 0 };
    entry.count += 1;
    counts.set(id, entry);
    const spellings = labels.get(id) ?? new Map<string, number>();
    spellings.set(label, (spellings.get(label) ?? 0) + 1);
    labels.set(id, spellings);
  };
  for (const search of searches) {
    add(search.day, search.locale, SEARCH_KINDS.all, "", "");
    if (search.result_count === 0)
      add(search.day, search.locale, SEARCH_KINDS.zeroResult, search.query, search.query);
  }
  for (const code of codes) {
    if (!code.known) add(code.day, code.locale, SEARCH_KINDS.unknownCode, code.normalized, code.code);
  }
  return [...counts.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, entry]) => ({ ...entry, label: mostCommon(labels.get(id)) ?? entry.key }));
}

/** The most frequent key of a tally; ties go to the first in code-point order, so the result is deterministic. */
export function mostCommon(tally: ReadonlyMap<string, number> | undefined): string | undefined {
  let best: [string, number] | undefined;
  for (const [key, count] of tally ?? []) {
    if (!best || count > best[1] || (count === best[1] && key < best[0])) best = [key, count];
  }
  return best?.[0];
}
