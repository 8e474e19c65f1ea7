import { describe, expect, it } from "vitest";
import { SearchQueue } from "./search-queue";
import type { SearchRecord } from "./search-record";

const record = (query: string): SearchRecord => ({
  locale: "en",
  source: "page",
  query,
  resultCount: 0,
  codes: [],
});

describe("the search queue", () => {
  it("returns at once and writes searches in one batch later", async () => {
    const batches: string[][] = [];
    const queue = new SearchQueue(async (batch) => {
      batches.push(batch.map((b) => b.record.query));
    });
    queue.add(record("a"));
    queue.add(record("b"));
    expect(batches).toEqual([]);
    await queue.flush();
    expect(batches).toEqual([["a", "b"]]);
  });

  it("keeps a batch the database refused and writes it on the next try", async () => {
    let down = true;
    const written: string[] = [];
    const queue = new SearchQueue(async (batch) => {
      if (down) throw new Error("connection refused");
      written.push(...batch.map((b) => b.record.query));
    });
    queue.add(record("a"));
    await queue.flush();
    expect(queue.size).toBe(1);
    down = false;
    queue.add(record("b"));
    await queue.flush();
    expect(written).toEqual(["a", "b"]);
  });

  it("holds a bounded number of searches while the database is down, dropping the oldest", async () => {
    const queue = new SearchQueue(
      async () => {
        throw new Error("down");
      },
      { maxPending: 3 },
    );
    for (const q of ["a", "b", "c", "d", "e"]) queue.add(record(q));
    expect(queue.size).toBe(3);
    expect(queue.dropped).toBe(2);
  });
});
