import { describe, expect, it } from "vitest";
import {
  findWalkEnds,
  readRetentionDays,
  retentionCutoff,
  rollUpOutcomes,
  rollUpSearches,
  type RawOutcome,
} from "./roll-up";

let nextId = 1;
function answer(partial: Partial<RawOutcome>): RawOutcome {
  return {
    id: nextId++,
    at: 0,
    day: "2025-03-10",
    locale: "en",
    error_id: "e",
    cause_id: "",
    flow_id: "",
    step_id: "",
    outcome: "fixed",
    voter_hash: "v1",
    ...partial,
  };
}
const reached = (voter: string, step: string, at: number) =>
  answer({ voter_hash: voter, flow_id: "e", step_id: step, outcome: "reached", at });

describe("the retention cut-off", () => {
  it("keeps today and the days before it within the retention", () => {
    const now = Date.UTC(2025, 2, 10, 15);
    expect(retentionCutoff(now, 1)).toBe("2025-03-10");
    expect(retentionCutoff(now, 90)).toBe("2024-12-11");
  });

  it("reads FIXPATH_FEEDBACK_RETENTION_DAYS", () => {
    expect(readRetentionDays("30")).toBe(30);
    expect(readRetentionDays("0")).toBe(90);
    expect(readRetentionDays("soon")).toBe(90);
  });
});

describe("where readers left a guided fix", () => {
  it("is the step each walk reached last, unless it reached an end", () => {
    const rows = [
      reached("a", "s1", 1),
      reached("a", "s2", 2), // a left at s2
      reached("b", "s1", 1),
      reached("b", "s2", 2),
      reached("b", "escalate", 3), // b finished
      reached("c", "s2", 5),
      reached("c", "s1", 6), // c went back and left at s1
    ];
    expect(
      findWalkEnds(rows)
        .map((r) => r.step_id)
        .sort(),
    ).toEqual(["s1", "s2"]);
  });

  it("treats the same voter hash on another day as another walk", () => {
    const rows = [reached("a", "s1", 1), { ...reached("a", "s2", 2), day: "2025-03-11" }];
    expect(findWalkEnds(rows).map((r) => `${r.day}:${r.step_id}`)).toEqual([
      "2025-03-10:s1",
      "2025-03-11:s2",
    ]);
  });
});

describe("rolling answers up", () => {
  it("counts answers per day and key and adds where readers left", () => {
    const rows = [
      answer({ cause_id: "c1", outcome: "fixed" }),
      answer({ cause_id: "c1", outcome: "fixed", voter_hash: "v2" }),
      answer({ cause_id: "c1", outcome: "not-fixed", voter_hash: "v3" }),
      reached("v4", "s1", 1),
    ];
    expect(rollUpOutcomes(rows).map((r) => [r.cause_id, r.step_id, r.outcome, r.count])).toEqual([
      ["", "s1", "left", 1],
      ["", "s1", "reached", 1],
      ["c1", "", "fixed", 2],
      ["c1", "", "not-fixed", 1],
    ]);
  });

  it("gives the same counts whatever order the rows come in", () => {
    const rows = [
      answer({ cause_id: "c2" }),
      reached("x", "s1", 4),
      reached("x", "s2", 9),
      answer({ cause_id: "c1" }),
    ];
    expect(rollUpOutcomes([...rows].reverse())).toEqual(rollUpOutcomes(rows));
  });
});

describe("rolling searches up", () => {
  it("counts searches, zero-result queries and unknown codes under their normalised key", () => {
    const day = "2025-03-10";
    const searches = [
      { day, locale: "sv", query: "0x1fc08", result_count: 0 },
      { day, locale: "sv", query: "fel 0x1fc08", result_count: 0 },
      { day, locale: "sv", query: "backup", result_count: 4 },
    ];
    const codes = [
      { day, locale: "sv", normalized: "130056", code: "0x1FC08", known: 0 },
      { day, locale: "sv", normalized: "130056", code: "0x1fc08", known: 0 },
      { day, locale: "sv", normalized: "130056", code: "0x1FC08", known: 0 },
      { day, locale: "sv", normalized: "130055", code: "0x1FC07", known: 1 },
    ];
    expect(rollUpSearches(searches, codes).map((r) => [r.kind, r.key, r.label, r.count])).toEqual([
      ["search", "", "", 3],
      ["unknown-code", "130056", "0x1FC08", 3],
      ["zero-result", "0x1fc08", "0x1fc08", 1],
      ["zero-result", "fel 0x1fc08", "fel 0x1fc08", 1],
    ]);
  });
});
