/**
 * The feedback store: every query Fixpath runs against its database, written once in Kysely and run on
 * SQLite or PostgreSQL alike (integration-tested on both). Node-only; no Next.js.
 */
import { sql, type Kysely } from "kysely";
import type { FeedbackDatabase } from "../db/tables";
import type { SqlDialect } from "../db/migrations";
import type { FeedbackEventRow } from "./feedback-event";
import { MAX_COMMENTS, type InsightsCounts } from "./insights";
import { LEFT_OUTCOME, rollUpOutcomes, rollUpSearches, SEARCH_KINDS } from "./roll-up";
import type { SearchRecord } from "./search-record";
import { SPAM_SCORE_THRESHOLD } from "./spam-score";
import { utcDay, type SaltStore } from "./voter";

/** Rows per INSERT: far below SQLite's limit on bound values, large enough to make a batch one round trip. */
const INSERT_CHUNK = 500;
/** The answers counted as Yes/No. */
const VOTES = ["fixed", "not-fixed"] as const;

type DailyCount = InsightsCounts["daily"][number];

/** Yes/No totals of one cause (or of an error as a whole when `causeId` is ''), over all time. */
export interface OutcomeTotal {
  errorId: string;
  causeId: string;
  fixed: number;
  notFixed: number;
}

export class FeedbackStore implements SaltStore {
  constructor(
    readonly db: Kysely<FeedbackDatabase>,
    readonly dialect: SqlDialect,
  ) {}

  /**
   * Stores one answer, durably, before returning. A second answer under the same key on the same day
   * (same voter, same cause or step) replaces the first: one counted vote per voter per cause per day.
   * A No's comment survives a repeated No without one, and goes when the answer turns into a Yes.
   */
  async recordFeedback(row: FeedbackEventRow): Promise<void> {
    await this.db
      .insertInto("feedback_events")
      .values(row)
      .onConflict((conflict) =>
        conflict.columns(["day", "voter_hash", "dedupe_key"]).doUpdateSet({
          at: (eb) => eb.ref("excluded.at"),
          locale: (eb) => eb.ref("excluded.locale"),
          outcome: (eb) => eb.ref("excluded.outcome"),
          cause_id: (eb) => eb.ref("excluded.cause_id"),
          flow_id: (eb) => eb.ref("excluded.flow_id"),
          step_id: (eb) => eb.ref("excluded.step_id"),
          comment: sql<string | null>`case when excluded.comment is not null then excluded.comment
            when excluded.outcome = 'not-fixed' then feedback_events.comment else null end`,
          spam_score: sql<number | null>`case when excluded.comment is not null then excluded.spam_score
            when excluded.outcome = 'not-fixed' then feedback_events.spam_score else null end`,
        }),
      )
      .execute();
  }

  /** Stores a batch of searches in one transaction. */
  async recordSearches(records: ReadonlyArray<{ record: SearchRecord; at: number }>): Promise<void> {
    if (records.length === 0) return;
    const searches = records.map(({ record, at }) => ({
      day: utcDay(at),
      at,
      locale: record.locale,
      source: record.source,
      query: record.query,
      result_count: record.resultCount,
      code_count: record.codes.length,
    }));
    const codes = records.flatMap(({ record, at }) =>
      record.codes.map((code) => ({
        day: utcDay(at),
        locale: record.locale,
        normalized: code.normalized,
        code: code.code,
        known: code.known ? 1 : 0,
        result_count: record.resultCount,
      })),
    );
    await this.db.transaction().execute(async (trx) => {
      for (const chunk of chunks(searches)) await trx.insertInto("search_events").values(chunk).execute();
      for (const chunk of chunks(codes)) await trx.insertInto("search_codes").values(chunk).execute();
    });
  }

  async readSalt(day: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom("voter_salts")
      .select("salt")
      .where("day", "=", day)
      .executeTakeFirst();
    return row?.salt;
  }

  async insertSaltIfAbsent(day: string, salt: string): Promise<void> {
    await this.db
      .insertInto("voter_salts")
      .values({ day, salt })
      .onConflict((conflict) => conflict.column("day").doNothing())
      .execute();
  }

  async deleteSaltsBefore(day: string): Promise<void> {
    await this.db.deleteFrom("voter_salts").where("day", "<", day).execute();
  }

  /** Yes/No totals per cause over all time (raw and rolled-up days), for "Fixed it for 83 % of 120 people". */
  async readOutcomeTotals(): Promise<OutcomeTotal[]> {
    const raw = await this.db
      .selectFrom("feedback_events")
      .select(["error_id", "cause_id", "outcome", (eb) => eb.fn.countAll<number>().as("count")])
      .where("outcome", "in", VOTES)
      .where("error_id", "<>", "")
      .groupBy(["error_id", "cause_id", "outcome"])
      .execute();
    const daily = await this.db
      .selectFrom("outcome_daily")
      .select(["error_id", "cause_id", "outcome", (eb) => eb.fn.sum<number>("count").as("count")])
      .where("outcome", "in", VOTES)
      .where("error_id", "<>", "")
      .groupBy(["error_id", "cause_id", "outcome"])
      .execute();
    const totals = new Map<string, OutcomeTotal>();
    for (const row of [...raw, ...daily]) {
      const key = `${row.error_id}\n${row.cause_id}`;
      const total = totals.get(key) ?? {
        errorId: row.error_id,
        causeId: row.cause_id,
        fixed: 0,
        notFixed: 0,
      };
      if (row.outcome === "fixed") total.fixed += Number(row.count);
      else total.notFixed += Number(row.count);
      totals.set(key, total);
    }
    return [...totals.values()];
  }

  /** Every count the insights of `from`..`to` (inclusive UTC days) need, from raw and rolled-up days. */
  async readInsightsCounts(from: string, to: string): Promise<InsightsCounts> {
    const db = this.db;
    const events = () => db.selectFrom("feedback_events").where("day", ">=", from).where("day", "<=", to);

    const rawAnswers = events()
      .select(["error_id", "cause_id", "outcome", (eb) => eb.fn.countAll<number>().as("count")])
      .where("outcome", "in", VOTES)
      .groupBy(["error_id", "cause_id", "outcome"])
      .execute();
    const dailyAnswers = db
      .selectFrom("outcome_daily")
      .where("day", ">=", from)
      .where("day", "<=", to)
      .select(["error_id", "cause_id", "outcome", (eb) => eb.fn.sum<number>("count").as("count")])
      .where("outcome", "in", VOTES)
      .groupBy(["error_id", "cause_id", "outcome"])
      .execute();
    const rawReached = events()
      .select([
        "id",
        "day",
        "at",
        "locale",
        "error_id",
        "cause_id",
        "flow_id",
        "step_id",
        "outcome",
        "voter_hash",
      ])
      .where("outcome", "=", "reached")
      .execute();
    const dailySteps = db
      .selectFrom("outcome_daily")
      .where("day", ">=", from)
      .where("day", "<=", to)
      .select(["error_id", "flow_id", "step_id", "outcome", (eb) => eb.fn.sum<number>("count").as("count")])
      .where("outcome", "in", ["reached", LEFT_OUTCOME])
      .groupBy(["error_id", "flow_id", "step_id", "outcome"])
      .execute();
    const rawCodes = db
      .selectFrom("search_codes")
      .where("day", ">=", from)
      .where("day", "<=", to)
      .where("known", "=", 0)
      .select(["normalized", "code", "locale", (eb) => eb.fn.countAll<number>().as("count")])
      .groupBy(["normalized", "code", "locale"])
      .execute();
    const rawZero = db
      .selectFrom("search_events")
      .where("day", ">=", from)
      .where("day", "<=", to)
      .where("result_count", "=", 0)
      .select(["query", "locale", (eb) => eb.fn.countAll<number>().as("count")])
      .groupBy(["query", "locale"])
      .execute();
    const dailySearches = db
      .selectFrom("search_daily")
      .where("day", ">=", from)
      .where("day", "<=", to)
      .select(["day", "kind", "key", "label", "locale", "count"])
      .execute();
    const comments = events()
      .select(["day", "error_id", "cause_id", "flow_id", "comment", "spam_score", "at"])
      .where("comment", "is not", null)
      .where("spam_score", "<", SPAM_SCORE_THRESHOLD)
      .orderBy("at", "desc")
      .orderBy("id", "desc")
      .limit(MAX_COMMENTS)
      .execute();
    const rawTrendAnswers = events()
      .select(["day", "outcome", "step_id", (eb) => eb.fn.countAll<number>().as("count")])
      .where((eb) => eb.or([eb("outcome", "in", VOTES), eb("step_id", "=", "escalate")]))
      .groupBy(["day", "outcome", "step_id"])
      .execute();
    const dailyTrendAnswers = db
      .selectFrom("outcome_daily")
      .where("day", ">=", from)
      .where("day", "<=", to)
      .select(["day", "outcome", "step_id", (eb) => eb.fn.sum<number>("count").as("count")])
      .where((eb) =>
        eb.or([
          eb("outcome", "in", VOTES),
          eb.and([eb("step_id", "=", "escalate"), eb("outcome", "=", "reached")]),
        ]),
      )
      .groupBy(["day", "outcome", "step_id"])
      .execute();
    const rawTrendSearches = db
      .selectFrom("search_events")
      .where("day", ">=", from)
      .where("day", "<=", to)
      .select([
        "day",
        (eb) => eb.fn.countAll<number>().as("count"),
        (eb) => eb.fn.sum<number>(eb.case().when("result_count", "=", 0).then(1).else(0).end()).as("zero"),
      ])
      .groupBy("day")
      .execute();

    const [
      answers,
      daily,
      reached,
      steps,
      codes,
      zero,
      searches,
      commentRows,
      trendRaw,
      trendDaily,
      trendSearch,
    ] = await Promise.all([
      rawAnswers,
      dailyAnswers,
      rawReached,
      dailySteps,
      rawCodes,
      rawZero,
      dailySearches,
      comments,
      rawTrendAnswers,
      dailyTrendAnswers,
      rawTrendSearches,
    ]);

    const num = (value: unknown) => Number(value ?? 0);
    const reachedCounts = rollUpOutcomes(reached.map((r) => ({ ...r, at: num(r.at), id: num(r.id) }))).filter(
      (r) => r.outcome === "reached" || r.outcome === LEFT_OUTCOME,
    );
    const trendMetric = (outcome: string, step: string): DailyCount["metric"] | undefined =>
      outcome === "fixed"
        ? "fixed"
        : outcome === "not-fixed"
          ? "notFixed"
          : step === "escalate"
            ? "escalations"
            : undefined;
    return {
      answers: [...answers, ...daily].map((r) => ({ ...r, count: num(r.count) })),
      steps: [
        ...reachedCounts.map((r) => ({
          error_id: r.error_id,
          flow_id: r.flow_id,
          step_id: r.step_id,
          outcome: r.outcome,
          count: r.count,
        })),
        ...steps.map((r) => ({ ...r, count: num(r.count) })),
      ],
      codes: [
        ...codes.map((r) => ({ ...r, count: num(r.count) })),
        ...searches
          .filter((r) => r.kind === SEARCH_KINDS.unknownCode)
          .map((r) => ({ normalized: r.key, code: r.label, locale: r.locale, count: num(r.count) })),
      ],
      zeroResults: [
        ...zero.map((r) => ({ ...r, count: num(r.count) })),
        ...searches
          .filter((r) => r.kind === SEARCH_KINDS.zeroResult)
          .map((r) => ({ query: r.key, locale: r.locale, count: num(r.count) })),
      ],
      comments: commentRows.map((r) => ({
        day: r.day,
        error_id: r.error_id,
        cause_id: r.cause_id,
        flow_id: r.flow_id,
        comment: r.comment ?? "",
        spam_score: num(r.spam_score),
      })),
      daily: [
        ...[...trendRaw, ...trendDaily].flatMap((r): DailyCount[] => {
          const metric = trendMetric(r.outcome, r.step_id);
          return metric ? [{ day: r.day, metric, count: num(r.count) }] : [];
        }),
        ...trendSearch.flatMap((r): DailyCount[] => [
          { day: r.day, metric: "searches", count: num(r.count) },
          { day: r.day, metric: "zeroResults", count: num(r.zero) },
        ]),
        ...searches.flatMap((r): DailyCount[] =>
          r.kind === SEARCH_KINDS.all
            ? [{ day: r.day, metric: "searches", count: num(r.count) }]
            : r.kind === SEARCH_KINDS.zeroResult
              ? [{ day: r.day, metric: "zeroResults", count: num(r.count) }]
              : [],
        ),
      ],
    };
  }

  /**
   * Rolls every day before `cutoff` up into daily counts and deletes its raw rows, one day per transaction.
   * Each transaction first updates the roll-up's lock row, so two instances never roll up the same day twice
   * (the second waits, then finds the day gone). Returns the days rolled up.
   */
  async rollUp(cutoff: string): Promise<string[]> {
    const done: string[] = [];
    for (;;) {
      const day = await this.oldestRawDayBefore(cutoff);
      if (!day) return done;
      const rolled = await this.db.transaction().execute(async (trx) => {
        await trx
          .updateTable("maintenance_locks")
          .set((eb) => ({ runs: eb("runs", "+", 1) }))
          .where("name", "=", "roll-up")
          .execute();
        const events = await trx
          .selectFrom("feedback_events")
          .select([
            "id",
            "day",
            "at",
            "locale",
            "error_id",
            "cause_id",
            "flow_id",
            "step_id",
            "outcome",
            "voter_hash",
          ])
          .where("day", "=", day)
          .execute();
        const searches = await trx
          .selectFrom("search_events")
          .select(["day", "locale", "query", "result_count"])
          .where("day", "=", day)
          .execute();
        const codes = await trx
          .selectFrom("search_codes")
          .select(["day", "locale", "normalized", "code", "known"])
          .where("day", "=", day)
          .execute();
        // Another instance rolled this day up while we waited for the lock.
        if (events.length === 0 && searches.length === 0 && codes.length === 0) return false;
        const outcomeCounts = rollUpOutcomes(
          events.map((e) => ({ ...e, at: Number(e.at), id: Number(e.id) })),
        );
        for (const chunk of chunks(outcomeCounts)) {
          await trx
            .insertInto("outcome_daily")
            .values(chunk)
            .onConflict((conflict) =>
              conflict
                .columns(["day", "locale", "error_id", "cause_id", "flow_id", "step_id", "outcome"])
                .doUpdateSet({ count: sql<number>`outcome_daily.count + excluded.count` }),
            )
            .execute();
        }
        for (const chunk of chunks(rollUpSearches(searches, codes))) {
          await trx
            .insertInto("search_daily")
            .values(chunk)
            .onConflict((conflict) =>
              conflict
                .columns(["day", "locale", "kind", "key"])
                .doUpdateSet({ count: sql<number>`search_daily.count + excluded.count` }),
            )
            .execute();
        }
        await trx.deleteFrom("feedback_events").where("day", "=", day).execute();
        await trx.deleteFrom("search_events").where("day", "=", day).execute();
        await trx.deleteFrom("search_codes").where("day", "=", day).execute();
        return true;
      });
      if (rolled) done.push(day);
    }
  }

  private async oldestRawDayBefore(cutoff: string): Promise<string | undefined> {
    const days = await Promise.all(
      (["feedback_events", "search_events", "search_codes"] as const).map((table) =>
        this.db
          .selectFrom(table)
          .select((eb) => eb.fn.min<string>("day").as("day"))
          .where("day", "<", cutoff)
          .executeTakeFirst(),
      ),
    );
    return days
      .map((row) => row?.day ?? undefined)
      .filter((day): day is string => typeof day === "string")
      .sort()[0];
  }

  /** Raw answers and searches held (for tests and the load benchmark). */
  async countRaw(): Promise<{ answers: number; searches: number }> {
    const [answers, searches] = await Promise.all([
      this.db
        .selectFrom("feedback_events")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow(),
      this.db
        .selectFrom("search_events")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow(),
    ]);
    return { answers: Number(answers.n), searches: Number(searches.n) };
  }
}

function chunks<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) out.push(rows.slice(i, i + INSERT_CHUNK));
  return out;
}
