import { describe, expect, it } from "vitest";
import {
  buildInsights,
  insightsTableRows,
  listDays,
  readInsightsPeriod,
  toCsv,
  type InsightsCounts,
} from "./insights";

const empty: InsightsCounts = { answers: [], steps: [], codes: [], zeroResults: [], comments: [], daily: [] };
const period = { from: "2025-03-01", to: "2025-03-03" };
const noOrder = () => [];

describe("the insights period", () => {
  const now = Date.UTC(2025, 2, 31, 12);
  it("defaults to the last 30 days, today included", () => {
    expect(readInsightsPeriod(new URLSearchParams(), now)).toEqual({
      ok: true,
      from: "2025-03-02",
      to: "2025-03-31",
    });
  });
  it("names the field that is wrong", () => {
    expect(readInsightsPeriod(new URLSearchParams("from=2025-02-30"), now)).toMatchObject({
      ok: false,
      field: "from",
    });
    expect(readInsightsPeriod(new URLSearchParams("to=yesterday"), now)).toMatchObject({
      ok: false,
      field: "to",
    });
    expect(readInsightsPeriod(new URLSearchParams("from=2025-04-01&to=2025-03-01"), now)).toMatchObject({
      ok: false,
      field: "from",
    });
  });
  it("lists every day of a period across a month end", () => {
    expect(listDays("2025-02-27", "2025-03-02")).toEqual([
      "2025-02-27",
      "2025-02-28",
      "2025-03-01",
      "2025-03-02",
    ]);
  });
});

describe("fixes that fail", () => {
  it("adds raw and rolled-up counts and puts the lowest Wilson bound first", () => {
    const insights = buildInsights(
      {
        ...empty,
        answers: [
          { error_id: "e1", cause_id: "c1", outcome: "fixed", count: 40 },
          { error_id: "e1", cause_id: "c1", outcome: "fixed", count: 40 },
          { error_id: "e1", cause_id: "c1", outcome: "not-fixed", count: 20 },
          { error_id: "e2", cause_id: "", outcome: "fixed", count: 1 },
          { error_id: "e2", cause_id: "", outcome: "not-fixed", count: 9 },
        ],
      },
      period,
      noOrder,
    );
    expect(insights.causes.map((c) => [c.errorId, c.causeId, c.fixed, c.notFixed])).toEqual([
      ["e2", null, 1, 9],
      ["e1", "c1", 80, 20],
    ]);
    expect(insights.causes[1]!.wilsonLower).toBeCloseTo(0.7112, 3);
  });
});

describe("knowledge gaps", () => {
  it("merges every spelling of a code and labels it with the most typed one", () => {
    const insights = buildInsights(
      {
        ...empty,
        codes: [
          { normalized: "130056", code: "0x1fc08", locale: "sv", count: 1 },
          { normalized: "130056", code: "0x1FC08", locale: "en", count: 2 },
          { normalized: "130056", code: "0x1FC08", locale: "en", count: 1 },
          { normalized: "99", code: "99", locale: "sv", count: 1 },
        ],
      },
      period,
      noOrder,
    );
    expect(insights.gaps).toEqual([
      { code: "0x1FC08", normalized: "130056", searches: 4, locale: "en" },
      { code: "99", normalized: "99", searches: 1, locale: "sv" },
    ]);
  });
});

describe("flow drop-off", () => {
  it("lists steps in flow order with reached and left, and counts the ends apart", () => {
    const steps = [
      { error_id: "e", flow_id: "e", step_id: "c1.action-1", outcome: "reached", count: 5 },
      { error_id: "e", flow_id: "e", step_id: "c1", outcome: "reached", count: 8 },
      { error_id: "e", flow_id: "e", step_id: "c1", outcome: "left", count: 3 },
      { error_id: "e", flow_id: "e", step_id: "escalate", outcome: "reached", count: 2 },
      { error_id: "e", flow_id: "e", step_id: "done", outcome: "reached", count: 1 },
    ];
    const insights = buildInsights({ ...empty, steps }, period, () => [["c1", "c1.action-1", "c2"]]);
    expect(insights.flows).toEqual([
      {
        flowId: "e",
        errorId: "e",
        steps: [
          { stepId: "c1", reached: 8, left: 3 },
          { stepId: "c1.action-1", reached: 5, left: 0 },
          { stepId: "c2", reached: 0, left: 0 },
        ],
        escalations: 2,
        done: 1,
      },
    ]);
  });
});

describe("flow drop-off over locale versions", () => {
  it("lists the steps of the versions readers walked, and no other language's", () => {
    const steps = [
      { error_id: "e", flow_id: "e", step_id: "fix-aaa111", outcome: "reached", count: 4 },
      { error_id: "e", flow_id: "e", step_id: "fix-ccc333", outcome: "reached", count: 2 },
    ];
    const versions = [
      ["fix-aaa111", "fix-bbb222"],
      ["fix-ccc333", "fix-ddd444"],
      ["fix-eee555", "fix-fff666"],
    ];
    const insights = buildInsights({ ...empty, steps }, period, () => versions);
    expect(insights.flows[0]?.steps.map((s) => [s.stepId, s.reached])).toEqual([
      ["fix-aaa111", 4],
      ["fix-bbb222", 0],
      ["fix-ccc333", 2],
      ["fix-ddd444", 0],
    ]);
  });
});

describe("comments and trend", () => {
  it("leaves spam out and fills every day of the trend", () => {
    const insights = buildInsights(
      {
        ...empty,
        comments: [
          {
            day: "2025-03-02",
            error_id: "e",
            cause_id: "c",
            flow_id: "",
            comment: "Still fails after restart",
            spam_score: 0,
          },
          {
            day: "2025-03-02",
            error_id: "e",
            cause_id: "c",
            flow_id: "",
            comment: "http://spam",
            spam_score: 0.9,
          },
        ],
        daily: [{ day: "2025-03-02", metric: "searches", count: 7 }],
      },
      period,
      noOrder,
    );
    expect(insights.comments.map((c) => c.text)).toEqual(["Still fails after restart"]);
    expect(insights.trend.map((d) => d.searches)).toEqual([0, 7, 0]);
  });
});

describe("CSV export", () => {
  it("quotes what needs quoting and defuses spreadsheet formulas", () => {
    const csv = toCsv([
      { query: '=HYPERLINK("x")', count: 2 },
      { query: "a, b", count: 1 },
    ]);
    expect(csv).toBe('query,count\r\n"\'=HYPERLINK(""x"")",2\r\n"a, b",1\r\n');
  });
  it("exports flows one row per step, ends included", () => {
    const insights = buildInsights(
      { ...empty, steps: [{ error_id: "", flow_id: "f", step_id: "s1", outcome: "reached", count: 2 }] },
      period,
      () => [["s1"]],
    );
    expect(insightsTableRows(insights, "flows").map((r) => r.stepId)).toEqual(["s1", "done", "escalate"]);
  });
});
