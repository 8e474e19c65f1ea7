import { describe, expect, it } from "vitest";
import { enFlowStrings, svFlowStrings } from "./flow-strings";
import { restoreFlow } from "./flow-test-fixtures";
import {
  describeProgress,
  describeTrail,
  followChoice,
  goBack,
  parseFlowLocation,
  resolveStep,
  serializeFlowLocation,
  stepNumber,
  successorsOf,
} from "./walk-flow";

const HOSTILE_IDS = [
  "<script>alert(1)</script>",
  "__proto__",
  "constructor",
  "../step-1",
  "STEP-1",
  "step-1 ",
  "",
];

describe("resolveStep", () => {
  it("finds a step by id with its index", () => {
    const resolved = resolveStep(restoreFlow, "step-7");
    expect(resolved.step.id).toBe("step-7");
    expect(resolved.index).toBe(6);
    expect(resolved.notice).toBeUndefined();
  });

  it("starts at the first step when no id is given", () => {
    expect(resolveStep(restoreFlow, undefined)).toEqual({ step: restoreFlow.steps[0], index: 0 });
  });

  it.each(["step-99", ...HOSTILE_IDS.filter((id) => id !== "")])(
    "falls back to the first step for %j",
    (id) => {
      expect(resolveStep(restoreFlow, id)).toEqual({
        step: restoreFlow.steps[0],
        index: 0,
        notice: "unknown-step",
      });
    },
  );
});

describe("successorsOf", () => {
  it("offers yes and no at a question", () => {
    expect(successorsOf(restoreFlow, resolveStep(restoreFlow, "step-3").step)).toEqual([
      { label: "yes", target: "step-7" },
      { label: "no", target: "step-4" },
    ]);
  });

  it("goes on to the following step, and to done after the last", () => {
    expect(successorsOf(restoreFlow, resolveStep(restoreFlow, "step-6").step)).toEqual([
      { label: "next", target: "step-7" },
    ]);
    expect(successorsOf(restoreFlow, resolveStep(restoreFlow, "step-9").step)).toEqual([
      { label: "next", target: "done" },
    ]);
  });
});

describe("progress", () => {
  it("numbers steps in document order", () => {
    expect(stepNumber(restoreFlow, "step-3")).toBe(3);
    expect(stepNumber(restoreFlow, "done")).toBeUndefined();
  });

  it("says step 3 of 9", () => {
    expect(describeProgress(restoreFlow, "step-3", enFlowStrings)).toBe("Step 3 of 9");
    expect(describeProgress(restoreFlow, "step-3", svFlowStrings)).toBe("Steg 3 av 9");
  });
});

describe("describeTrail", () => {
  it("writes the walked steps with the answers given", () => {
    const trail = describeTrail(restoreFlow, ["step-1", "step-2", "step-3", "step-7"], enFlowStrings);
    expect(trail).toBe(
      "1. Cancel the mount if it has been running for several minutes. → " +
        "2. Make sure the backup agent is the latest version (MARS… → " +
        "3. In Device Manager, open Storage controllers and look for… → Yes → " +
        "7. Open Task Manager, Services, and find the Microsoft iSCSI…",
    );
  });

  it("names the answer No and the end reached, in the page's language", () => {
    const trail = describeTrail(
      restoreFlow,
      ["step-3", "step-4", "step-5", "step-6", "step-7", "step-8", "step-9", "done"],
      svFlowStrings,
    );
    expect(trail).toMatch(/^3\. .* → Nej → 4\. /);
    expect(trail).toMatch(/ → 9\. .* → Problemet är löst$/);
  });

  it("skips ids that are not steps", () => {
    expect(describeTrail(restoreFlow, ["<script>", "step-9"], enFlowStrings)).toBe(
      "9. Try the restore again with instant restore.",
    );
  });
});

describe("the location in the URL", () => {
  it("round-trips a step and its trail", () => {
    const query = "step=step-7&trail=step-1,step-2,step-3";
    const parsed = parseFlowLocation(restoreFlow, query);
    expect(parsed).toEqual({ location: { step: "step-7", trail: ["step-1", "step-2", "step-3"] } });
    expect(serializeFlowLocation(restoreFlow, parsed.location)).toBe(query);
  });

  it("reads Next.js searchParams, URLSearchParams and a leading question mark alike", () => {
    const expected = { location: { step: "step-4", trail: ["step-3"] } };
    expect(parseFlowLocation(restoreFlow, { step: "step-4", trail: "step-3" })).toEqual(expected);
    expect(parseFlowLocation(restoreFlow, { step: ["step-4", "step-9"], trail: ["step-3"] })).toEqual(
      expected,
    );
    expect(parseFlowLocation(restoreFlow, new URLSearchParams("step=step-4&trail=step-3"))).toEqual(expected);
    expect(parseFlowLocation(restoreFlow, "?step=step-4&trail=step-3")).toEqual(expected);
  });

  it("starts at the first step without a query", () => {
    expect(parseFlowLocation(restoreFlow, {})).toEqual({ location: { step: "step-1", trail: [] } });
  });

  it("accepts an end as the position", () => {
    expect(parseFlowLocation(restoreFlow, "step=done&trail=step-9").location).toEqual({
      step: "done",
      trail: ["step-9"],
    });
  });

  it.each(HOSTILE_IDS.filter((id) => id !== ""))("rejects the step %j and starts over", (id) => {
    expect(parseFlowLocation(restoreFlow, new URLSearchParams({ step: id, trail: "step-1" }))).toEqual({
      location: { step: "step-1", trail: [] },
      notice: "unknown-step",
    });
  });

  it.each(HOSTILE_IDS)("rejects a trail holding %j but keeps the step", (id) => {
    const query = new URLSearchParams({ step: "step-3", trail: `step-1,${id},step-2` });
    expect(parseFlowLocation(restoreFlow, query)).toEqual({
      location: { step: "step-3", trail: [] },
      notice: "invalid-trail",
    });
  });

  it("rejects a trail that could not have been walked", () => {
    expect(parseFlowLocation(restoreFlow, "step=step-4&trail=step-1,step-2").notice).toBe("invalid-trail");
    expect(parseFlowLocation(restoreFlow, "step=step-5&trail=step-3,step-4,step-3,step-4").notice).toBe(
      "invalid-trail",
    );
  });

  it("rejects an overlong trail without reading it", () => {
    const query = { step: "step-2", trail: `step-1${",step-1".repeat(2000)}` };
    expect(parseFlowLocation(restoreFlow, query)).toEqual({
      location: { step: "step-2", trail: [] },
      notice: "invalid-trail",
    });
  });

  it("does not read query keys from the object prototype", () => {
    const query = JSON.parse('{"__proto__": {"step": "step-9"}}') as Record<string, string>;
    expect(parseFlowLocation(restoreFlow, query)).toEqual({ location: { step: "step-1", trail: [] } });
  });

  it("refuses to serialize an unknown step", () => {
    expect(() => serializeFlowLocation(restoreFlow, { step: "<script>", trail: [] })).toThrow(/not a step/);
    expect(() => serializeFlowLocation(restoreFlow, { step: "step-2", trail: ["x,y"] })).toThrow(
      /not a step/,
    );
  });

  it("moves forward with a choice and back along the trail", () => {
    const atStart = parseFlowLocation(restoreFlow, "step=step-3&trail=step-1,step-2").location;
    const afterYes = followChoice(atStart, { label: "yes", target: "step-7" });
    expect(afterYes).toEqual({ step: "step-7", trail: ["step-1", "step-2", "step-3"] });
    expect(goBack(afterYes)).toEqual(atStart);
    expect(goBack({ step: "step-1", trail: [] })).toEqual({ step: "step-1", trail: [] });
  });

  it("stays at an end", () => {
    const end = { step: "done", trail: ["step-9"] };
    expect(followChoice(end, { label: "next", target: "step-1" })).toBe(end);
  });
});
