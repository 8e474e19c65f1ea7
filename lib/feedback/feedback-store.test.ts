// The feedback store against real databases: the same specification runs on SQLite (a temporary file) and on
// a throwaway PostgreSQL server started from Debian's binaries for this file and removed afterwards.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type OpenDatabase } from "../db/open-database";
import { startThrowawayPostgres, type ThrowawayPostgres } from "../db/throwaway-postgres";
import type { FeedbackRequest } from "../schema/feedback";
import { toFeedbackEventRow } from "./feedback-event";
import { buildInsights } from "./insights";
import { FeedbackStore } from "./feedback-store";
import type { SearchRecord } from "./search-record";

const DAY = 24 * 60 * 60 * 1000;
const MONDAY = Date.UTC(2025, 2, 10, 12);

let postgres: ThrowawayPostgres;
let tempDir: string;
let databases = 0;

beforeAll(async () => {
  tempDir = await mkdtemp(path.join(os.tmpdir(), "fixpath-store-"));
  postgres = await startThrowawayPostgres(
    process.env.FIXPATH_TEST_PG_PORT ? { port: Number(process.env.FIXPATH_TEST_PG_PORT) } : {},
  );
}, 120_000);

afterAll(async () => {
  await postgres?.stop();
  await rm(tempDir, { recursive: true, force: true });
});

type Target = Parameters<typeof openDatabase>[0];
/** Each dialect makes a fresh empty database and says how to reach it. */
const dialects: Array<[string, () => Promise<Target>]> = [
  ["SQLite", async () => ({ dialect: "sqlite", file: path.join(tempDir, `db-${++databases}.db`) })],
  [
    "PostgreSQL",
    async () => ({ dialect: "postgres", url: await postgres.createDatabase(`store_${++databases}`) }),
  ],
];

const vote = (partial: Partial<FeedbackRequest> = {}): FeedbackRequest => ({
  locale: "en",
  errorId: "sal-low-disk-space",
  causeId: "cause-1",
  outcome: "fixed",
  ...partial,
});
const step = (voter: string, stepId: string, at: number) =>
  toFeedbackEventRow({ locale: "en", errorId: "e", flowId: "e", stepId, outcome: "reached" }, voter, at);
const search = (query: string, codes: SearchRecord["codes"], resultCount: number): SearchRecord => ({
  locale: "sv",
  source: "page",
  query,
  resultCount,
  codes,
});
const noOrder = () => [];

describe.each(dialects)("the feedback store on %s", (_name, createDatabase) => {
  let target: Target;
  let opened: OpenDatabase;
  let store: FeedbackStore;

  const insights = async (from = "2025-03-01", to = "2025-03-31") =>
    buildInsights(await store.readInsightsCounts(from, to), { from, to }, noOrder);

  beforeAll(async () => {
    target = await createDatabase();
    opened = await openDatabase(target, tempDir);
    store = new FeedbackStore(opened.db, opened.dialect);
  }, 60_000);
  afterAll(async () => opened?.close());

  it("counts one vote per voter per cause per day, the latest answer winning", async () => {
    await store.recordFeedback(toFeedbackEventRow(vote({ outcome: "not-fixed" }), "voter-a", MONDAY));
    await store.recordFeedback(toFeedbackEventRow(vote({ outcome: "fixed" }), "voter-a", MONDAY + 1000));
    await store.recordFeedback(toFeedbackEventRow(vote({ outcome: "not-fixed" }), "voter-b", MONDAY));
    await store.recordFeedback(toFeedbackEventRow(vote({ outcome: "fixed" }), "voter-a", MONDAY + DAY));
    const causes = (await insights()).causes;
    expect(causes).toEqual([
      expect.objectContaining({ errorId: "sal-low-disk-space", causeId: "cause-1", fixed: 2, notFixed: 1 }),
    ]);
  });

  it("keeps a No's comment through a repeated No and drops it when the answer becomes a Yes", async () => {
    const request = vote({ errorId: "commented", outcome: "not-fixed" });
    await store.recordFeedback(
      toFeedbackEventRow({ ...request, comment: "Still fails after a restart" }, "v", MONDAY),
    );
    await store.recordFeedback(toFeedbackEventRow(request, "v", MONDAY + 1));
    expect((await insights()).comments.map((c) => c.text)).toContain("Still fails after a restart");
    await store.recordFeedback(toFeedbackEventRow({ ...request, outcome: "fixed" }, "v", MONDAY + 2));
    expect((await insights()).comments.map((c) => c.text)).not.toContain("Still fails after a restart");
  });

  it("stores 200 concurrent answers from different voters, every one", async () => {
    await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        store.recordFeedback(toFeedbackEventRow(vote({ errorId: "concurrent" }), `voter-${i}`, MONDAY)),
      ),
    );
    const row = (await insights()).causes.find((c) => c.errorId === "concurrent");
    expect(row?.fixed).toBe(200);
  });

  it("counts gaps per normalised code and zero-result searches per safe query", async () => {
    await store.recordSearches([
      { record: search("0x1fc08", [{ code: "0x1FC08", normalized: "130056", known: false }], 0), at: MONDAY },
      {
        record: search("fel 0x1fc08", [{ code: "0x1fc08", normalized: "130056", known: false }], 0),
        at: MONDAY,
      },
      { record: search("130056", [{ code: "130056", normalized: "130056", known: false }], 0), at: MONDAY },
      { record: search("backup", [], 3), at: MONDAY },
    ]);
    const result = await insights();
    expect(result.gaps).toEqual([{ code: "0x1FC08", normalized: "130056", searches: 3, locale: "sv" }]);
    expect(result.zeroResults.map((z) => [z.query, z.count])).toEqual([
      ["0x1fc08", 1],
      ["130056", 1],
      ["fel 0x1fc08", 1],
    ]);
    expect(result.trend.find((d) => d.day === "2025-03-10")).toMatchObject({ searches: 4, zeroResults: 3 });
  });

  it("rolls old days up into the same insights, deletes them, and never counts a day twice", async () => {
    const flowDay = MONDAY - 5 * DAY;
    for (const [voter, stepId, at] of [
      ["w1", "s1", 1],
      ["w1", "s2", 2],
      ["w2", "s1", 1],
      ["w2", "escalate", 2],
    ] as const) {
      await store.recordFeedback(step(voter, stepId, flowDay + at));
    }
    await store.recordFeedback(toFeedbackEventRow(vote({ errorId: "old" }), "x", flowDay));
    const before = await insights();
    const rolled = await store.rollUp("2025-03-09");
    expect(rolled).toEqual(["2025-03-05"]);
    expect(await store.rollUp("2025-03-09")).toEqual([]);
    const after = await insights();
    expect(after.causes).toEqual(before.causes);
    expect(after.flows).toEqual(before.flows);
    expect(after.trend).toEqual(before.trend);
    expect(after.flows[0]?.steps).toEqual([
      { stepId: "s1", reached: 2, left: 0 },
      { stepId: "s2", reached: 1, left: 1 },
    ]);
    expect(after.flows[0]?.escalations).toBe(1);
  });

  it("rolls up searches and keeps their gaps", async () => {
    const before = await insights();
    await store.rollUp("2025-03-11");
    const after = await insights();
    expect(after.gaps).toEqual(before.gaps);
    expect(after.zeroResults).toEqual(before.zeroResults);
    expect(after.trend).toEqual(before.trend);
    expect((await store.countRaw()).searches).toBe(0);
  });

  it("keeps one salt per day whichever instance writes first, and deletes past days", async () => {
    await store.insertSaltIfAbsent("2025-03-10", "first");
    await store.insertSaltIfAbsent("2025-03-10", "second");
    await store.insertSaltIfAbsent("2025-03-11", "next");
    expect(await store.readSalt("2025-03-10")).toBe("first");
    await store.deleteSaltsBefore("2025-03-11");
    expect(await store.readSalt("2025-03-10")).toBeUndefined();
    expect(await store.readSalt("2025-03-11")).toBe("next");
  });

  it("totals Yes/No per cause over raw and rolled-up days", async () => {
    const totals = await store.readOutcomeTotals();
    expect(totals.find((t) => t.errorId === "old")).toEqual({
      errorId: "old",
      causeId: "cause-1",
      fixed: 1,
      notFixed: 0,
    });
    expect(totals.find((t) => t.errorId === "concurrent")?.fixed).toBe(200);
  });

  it("lets two instances roll up at once without counting a day twice", async () => {
    // A second connection (pool) to the same database stands for a second instance.
    const second = await openDatabase(target, tempDir);
    try {
      const other = new FeedbackStore(second.db, second.dialect);
      const day = MONDAY - 3 * DAY;
      await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          store.recordFeedback(toFeedbackEventRow(vote({ errorId: "twice" }), `t${i}`, day)),
        ),
      );
      // SQLite instances are processes taking turns on the file's lock; in one process a second connection
      // would block the only thread while the first waits, so there the two run one after the other.
      const [mine, theirs] =
        target.dialect === "postgres"
          ? await Promise.all([store.rollUp("2025-03-09"), other.rollUp("2025-03-09")])
          : [await store.rollUp("2025-03-09"), await other.rollUp("2025-03-09")];
      expect([...mine, ...theirs]).toEqual(["2025-03-07"]);
      expect((await insights()).causes.find((c) => c.errorId === "twice")?.fixed).toBe(20);
    } finally {
      await second.close();
    }
  });
});

describe("a full SQLite database", () => {
  it("refuses new answers and loses none it already stored", async () => {
    const opened = await openDatabase({ dialect: "sqlite", file: path.join(tempDir, "full.db") }, tempDir);
    const store = new FeedbackStore(opened.db, opened.dialect);
    try {
      await store.recordFeedback(toFeedbackEventRow(vote(), "kept", MONDAY));
      const { sql } = await import("kysely");
      const pages = await sql<{ page_count: number }>`pragma page_count`.execute(opened.db);
      await sql.raw(`pragma max_page_count = ${pages.rows[0]?.page_count ?? 1}`).execute(opened.db);
      const long = "x".repeat(900);
      await expect(
        (async () => {
          for (let i = 0; i < 200; i++)
            await store.recordFeedback(
              toFeedbackEventRow(vote({ outcome: "not-fixed", comment: long }), `v${i}`, MONDAY),
            );
        })(),
      ).rejects.toThrow(/full/i);
      expect((await store.readOutcomeTotals()).find((t) => t.errorId === "sal-low-disk-space")?.fixed).toBe(
        1,
      );
    } finally {
      await opened.close();
    }
  });
});
