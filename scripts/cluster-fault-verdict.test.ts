import { describe, expect, it } from "vitest";
import {
  isPageServed,
  judgeFaultRun,
  type FaultObservations,
  type LoadTally,
  type PageResult,
} from "./cluster-fault-verdict";

const page = (at: number, answer: Partial<PageResult> = { status: 200 }): PageResult => ({
  kind: "guided fix",
  path: "/en/errors/x/fix",
  at,
  ...answer,
});

/** A run that kept every promise: pages before, during and after the outage, posts stored once. */
function passingRun(): { tally: LoadTally; observed: FaultObservations } {
  return {
    tally: {
      pages: [page(500), page(9_000, { status: 307 }), page(20_000)],
      accepted: new Set(["m1", "m2"]),
      acceptedAt: [400, 21_000],
      otherAnswers: new Map([["502", 1]]),
      posted: 3,
    },
    observed: {
      killedAt: 8_000,
      servingAt: 19_000,
      // The post answered 502 was stored too: an instance may die after its commit, before its answer.
      stored: new Map([
        ["m1", 1],
        ["m2", 1],
        ["m3", 1],
        ["direct", 1],
      ]),
      upstreamErrors: ['connect() failed (111: Connection refused) upstream: "http://127.0.0.1:3700/"'],
      directPage: { kind: "guided fix", path: "/en/errors/x/fix", status: 200 },
      directPost: { status: 202 },
      directMarker: "direct",
    },
  };
}

describe("judgeFaultRun", () => {
  it("passes a run that kept every promise", () => {
    const { tally, observed } = passingRun();
    expect(judgeFaultRun(tally, observed)).toEqual([]);
  });

  it("fails on a page answered 502, and says how long after the kill", () => {
    const { tally, observed } = passingRun();
    tally.pages.push(page(8_050, { status: 502 }));
    const problems = judgeFaultRun(tally, observed);
    expect(problems[0]).toBe("1 of 4 page requests failed:");
    expect(problems[1]).toBe("  50 ms after the kill: guided fix /en/errors/x/fix: 502");
  });

  it("fails on a page whose answer was cut off, though its status was 200", () => {
    const { tally, observed } = passingRun();
    tally.pages.push(page(8_010, { status: 200, error: "answer cut off (terminated)" }));
    expect(judgeFaultRun(tally, observed)[1]).toContain("answer cut off (terminated)");
  });

  it("fails when a post answered 202 is not stored, or is stored twice", () => {
    const { tally, observed } = passingRun();
    observed.stored.delete("m2");
    observed.stored.set("m1", 2);
    expect(judgeFaultRun(tally, observed)).toEqual([
      '1 feedback posts answered 202 are not in PostgreSQL, e.g. "m2"',
      "1 feedback posts are stored more than once",
    ]);
  });

  it("fails when the outage was never felt: no page during it, nothing in nginx's log", () => {
    const { tally, observed } = passingRun();
    tally.pages = tally.pages.filter((p) => p.at < observed.killedAt || p.at > observed.servingAt);
    observed.upstreamErrors = [];
    const problems = judgeFaultRun(tally, observed);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/no page was requested while instance A was down/);
    expect(problems[1]).toMatch(/nginx never met the dead instance/);
  });

  it("fails when the restarted instance does not serve, directly or through nginx", () => {
    const { tally, observed } = passingRun();
    tally.acceptedAt = [400];
    observed.directPage = { ...observed.directPage, status: undefined, error: "fetch failed" };
    observed.directPost = { error: "fetch failed" };
    expect(judgeFaultRun(tally, observed)).toEqual([
      "no feedback post was accepted through nginx after the restart",
      "the restarted instance answered fetch failed for /en/errors/x/fix",
      "the restarted instance answered fetch failed to a feedback post",
    ]);
  });

  it("fails when the restarted instance's 202 left nothing in the database", () => {
    const { tally, observed } = passingRun();
    observed.stored.delete("direct");
    expect(judgeFaultRun(tally, observed)).toEqual([
      "the feedback post the restarted instance accepted is not stored",
    ]);
  });
});

describe("isPageServed", () => {
  it("takes 2xx and 3xx answered in full, nothing else", () => {
    expect(isPageServed({ status: 200 })).toBe(true);
    expect(isPageServed({ status: 308 })).toBe(true);
    expect(isPageServed({ status: 404 })).toBe(false);
    expect(isPageServed({ status: 200, error: "answer cut off" })).toBe(false);
    expect(isPageServed({ error: "fetch failed" })).toBe(false);
  });
});
