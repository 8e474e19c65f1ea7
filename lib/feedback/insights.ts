/**
 * The insights of one period, shaped from the store's counts (raw days and rolled-up days alike): knowledge
 * gaps, zero-result searches, fixes that fail (Wilson lower bound, worst first), drop-off per guided-fix step,
 * comments and a daily trend. Pure: the store counts, this decides what maintainers see and in what order.
 */
import type { Insights, InsightsTable } from "../schema/feedback";
import { DaySchema } from "../schema/feedback";
import { isSpam } from "./spam-score";
import { mostCommon } from "./roll-up";
import { utcDay } from "./voter";
import { wilsonLowerBound } from "./wilson";

/** The period shown when none is asked for: the last 30 days, today included. */
export const DEFAULT_INSIGHTS_DAYS = 30;
/** Longest period one answer covers (ten years of daily counts is still a small answer). */
export const MAX_INSIGHTS_DAYS = 3_660;
/** Most rows of the gap and zero-result tables; the rest are the long tail. */
export const MAX_SEARCH_ROWS = 200;
/** Most comments listed. */
export const MAX_COMMENTS = 200;

const DAY_MS = 24 * 60 * 60 * 1000;

export type InsightsPeriod =
  { ok: true; from: string; to: string } | { ok: false; field: "from" | "to"; message: string };

/** `from` and `to` (inclusive UTC days) from a query; absent means the last `DEFAULT_INSIGHTS_DAYS` days. */
export function readInsightsPeriod(params: URLSearchParams, now: number): InsightsPeriod {
  const to = params.get("to") || utcDay(now);
  if (!DaySchema.safeParse(to).success) return { ok: false, field: "to", message: "to: a day as YYYY-MM-DD" };
  const from =
    params.get("from") || utcDay(Date.parse(`${to}T00:00:00Z`) - (DEFAULT_INSIGHTS_DAYS - 1) * DAY_MS);
  if (!DaySchema.safeParse(from).success)
    return { ok: false, field: "from", message: "from: a day as YYYY-MM-DD" };
  if (from > to) return { ok: false, field: "from", message: "from: must not be after to" };
  if (daysBetween(from, to) > MAX_INSIGHTS_DAYS)
    return { ok: false, field: "from", message: `from: a period of at most ${MAX_INSIGHTS_DAYS} days` };
  return { ok: true, from, to };
}

/** Every day from `from` to `to`, inclusive. */
export function listDays(from: string, to: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += DAY_MS)
    days.push(utcDay(t));
  return days;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1;
}

/** The counts of a period, as the store reads them (a key may come twice: from raw and from rolled-up days). */
export interface InsightsCounts {
  answers: Array<{ error_id: string; cause_id: string; outcome: string; count: number }>;
  steps: Array<{ error_id: string; flow_id: string; step_id: string; outcome: string; count: number }>;
  codes: Array<{ normalized: string; code: string; locale: string; count: number }>;
  zeroResults: Array<{ query: string; locale: string; count: number }>;
  comments: Array<{
    day: string;
    error_id: string;
    cause_id: string;
    flow_id: string;
    comment: string;
    spam_score: number;
  }>;
  daily: Array<{ day: string; metric: keyof Omit<Insights["trend"][number], "day">; count: number }>;
}

/**
 * The step ids of a guided fix in flow order, one list per locale version of it (none when the catalog no
 * longer has it). Versions differ where ids are derived from each language's words (an action's steps).
 */
export type StepOrder = (flow: {
  errorId: string | null;
  flowId: string;
}) => ReadonlyArray<readonly string[]>;

export function buildInsights(
  counts: InsightsCounts,
  period: { from: string; to: string },
  stepOrder: StepOrder,
): Insights {
  return {
    from: period.from,
    to: period.to,
    gaps: buildGaps(counts.codes),
    zeroResults: buildZeroResults(counts.zeroResults),
    causes: buildCauses(counts.answers),
    flows: buildFlows(counts.steps, stepOrder),
    comments: counts.comments
      .filter((c) => !isSpam(c.spam_score))
      .slice(0, MAX_COMMENTS)
      .map((c) => ({
        day: c.day,
        errorId: c.error_id || null,
        causeId: c.cause_id || null,
        flowId: c.flow_id || null,
        text: c.comment,
      })),
    trend: buildTrend(counts.daily, period),
  };
}

/** Sums counts per key, keeping a tally of a second field (spelling, locale) to pick its most common value. */
function tallyBy<T extends { count: number }>(
  rows: readonly T[],
  keyOf: (row: T) => string,
  labelsOf: (row: T) => string[],
) {
  const totals = new Map<string, { count: number; labels: Array<Map<string, number>> }>();
  for (const row of rows) {
    const key = keyOf(row);
    const entry = totals.get(key) ?? { count: 0, labels: [] };
    entry.count += row.count;
    labelsOf(row).forEach((label, i) => {
      const tally = (entry.labels[i] ??= new Map());
      tally.set(label, (tally.get(label) ?? 0) + row.count);
    });
    totals.set(key, entry);
  }
  return totals;
}

const byCountThenKey = <T extends { count: number; key: string }>(a: T, b: T) =>
  b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

function buildGaps(rows: InsightsCounts["codes"]): Insights["gaps"] {
  const totals = tallyBy(
    rows,
    (r) => r.normalized,
    (r) => [r.code, r.locale],
  );
  return [...totals.entries()]
    .map(([key, entry]) => ({ key, ...entry }))
    .sort(byCountThenKey)
    .slice(0, MAX_SEARCH_ROWS)
    .map((entry) => ({
      code: mostCommon(entry.labels[0]) ?? entry.key,
      normalized: entry.key,
      searches: entry.count,
      locale: mostCommon(entry.labels[1]) ?? "",
    }));
}

function buildZeroResults(rows: InsightsCounts["zeroResults"]): Insights["zeroResults"] {
  const totals = tallyBy(
    rows,
    (r) => r.query,
    (r) => [r.locale],
  );
  return [...totals.entries()]
    .map(([key, entry]) => ({ key, ...entry }))
    .sort(byCountThenKey)
    .slice(0, MAX_SEARCH_ROWS)
    .map((entry) => ({ query: entry.key, count: entry.count, locale: mostCommon(entry.labels[0]) ?? "" }));
}

function buildCauses(rows: InsightsCounts["answers"]): Insights["causes"] {
  const causes = new Map<
    string,
    { errorId: string; causeId: string | null; fixed: number; notFixed: number }
  >();
  for (const row of rows) {
    if (!row.error_id || (row.outcome !== "fixed" && row.outcome !== "not-fixed")) continue;
    const key = `${row.error_id}\n${row.cause_id}`;
    const entry = causes.get(key) ?? {
      errorId: row.error_id,
      causeId: row.cause_id || null,
      fixed: 0,
      notFixed: 0,
    };
    if (row.outcome === "fixed") entry.fixed += row.count;
    else entry.notFixed += row.count;
    causes.set(key, entry);
  }
  return [...causes.values()]
    .map((c) => ({ ...c, wilsonLower: round4(wilsonLowerBound(c.fixed, c.fixed + c.notFixed)) }))
    .sort(
      (a, b) =>
        a.wilsonLower - b.wilsonLower ||
        b.fixed + b.notFixed - (a.fixed + a.notFixed) ||
        compare(a.errorId, b.errorId) ||
        compare(a.causeId ?? "", b.causeId ?? ""),
    );
}

function buildFlows(rows: InsightsCounts["steps"], stepOrder: StepOrder): Insights["flows"] {
  const flows = new Map<
    string,
    { errorId: string | null; flowId: string; reached: Map<string, number>; left: Map<string, number> }
  >();
  for (const row of rows) {
    const key = `${row.error_id}\n${row.flow_id}`;
    const flow = flows.get(key) ?? {
      errorId: row.error_id || null,
      flowId: row.flow_id,
      reached: new Map(),
      left: new Map(),
    };
    const into = row.outcome === "reached" ? flow.reached : row.outcome === "left" ? flow.left : undefined;
    into?.set(row.step_id, (into.get(row.step_id) ?? 0) + row.count);
    flows.set(key, flow);
  }
  return [...flows.values()]
    .sort((a, b) => compare(a.flowId, b.flowId) || compare(a.errorId ?? "", b.errorId ?? ""))
    .map((flow) => {
      const seen = [...flow.reached.keys(), ...flow.left.keys()].filter(
        (id) => id !== "done" && id !== "escalate",
      );
      // The versions readers walked (the first when none of its steps was seen), so a step no one reached
      // still shows, without listing every other language's steps as unreached.
      const versions = stepOrder(flow);
      const walked = versions.filter((ids) => ids.some((id) => seen.includes(id)));
      const known = [...new Set((walked.length > 0 ? walked : versions.slice(0, 1)).flat())];
      const order = [...known, ...[...new Set(seen)].filter((id) => !known.includes(id)).sort()];
      return {
        flowId: flow.flowId,
        errorId: flow.errorId,
        steps: order.map((stepId) => ({
          stepId,
          reached: flow.reached.get(stepId) ?? 0,
          left: flow.left.get(stepId) ?? 0,
        })),
        escalations: flow.reached.get("escalate") ?? 0,
        done: flow.reached.get("done") ?? 0,
      };
    });
}

function buildTrend(rows: InsightsCounts["daily"], period: { from: string; to: string }): Insights["trend"] {
  const days = new Map(
    listDays(period.from, period.to).map((day) => [
      day,
      { day, searches: 0, zeroResults: 0, fixed: 0, notFixed: 0, escalations: 0 },
    ]),
  );
  for (const row of rows) {
    const day = days.get(row.day);
    if (day) day[row.metric] += row.count;
  }
  return [...days.values()];
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const round4 = (value: number) => Math.round(value * 10_000) / 10_000;

/** One table of the insights, as rows of plain values (flows: one row per step), for CSV and JSON export. */
export function insightsTableRows(
  insights: Insights,
  table: InsightsTable,
): Array<Record<string, string | number | null>> {
  switch (table) {
    case "flows":
      return insights.flows.flatMap((flow) => [
        ...flow.steps.map((step) => ({
          flowId: flow.flowId,
          errorId: flow.errorId,
          stepId: step.stepId,
          reached: step.reached,
          left: step.left,
        })),
        { flowId: flow.flowId, errorId: flow.errorId, stepId: "done", reached: flow.done, left: 0 },
        {
          flowId: flow.flowId,
          errorId: flow.errorId,
          stepId: "escalate",
          reached: flow.escalations,
          left: 0,
        },
      ]);
    default:
      return insights[table].map((row) => ({ ...row }));
  }
}

/** RFC 4180 CSV of rows (header from the first row's keys), with cells that start like a formula defused. */
export function toCsv(
  rows: ReadonlyArray<Record<string, string | number | null>>,
  columns?: readonly string[],
): string {
  const header = columns ?? Object.keys(rows[0] ?? {});
  const cell = (value: string | number | null | undefined) => {
    if (value === null || value === undefined) return "";
    let text = String(value);
    // A spreadsheet runs `=…`, `+…`, `-…`, `@…` as formulas: a search query must never become one.
    if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return (
    [header.join(","), ...rows.map((row) => header.map((name) => cell(row[name])).join(","))].join("\r\n") +
    "\r\n"
  );
}

/** The columns of each exported table, so an empty table still has its header. */
export const INSIGHTS_COLUMNS: Record<InsightsTable, readonly string[]> = {
  gaps: ["code", "normalized", "searches", "locale"],
  zeroResults: ["query", "count", "locale"],
  causes: ["errorId", "causeId", "fixed", "notFixed", "wilsonLower"],
  flows: ["flowId", "errorId", "stepId", "reached", "left"],
  comments: ["day", "errorId", "causeId", "flowId", "text"],
  trend: ["day", "searches", "zeroResults", "fixed", "notFixed", "escalations"],
};
