import { describe, expect, it } from "vitest";
import { describeWalk, describeWalkFromTrail } from "./describe-walk";
import { enFlowStrings } from "./flow-strings";
import { restoreFlow, threeCauseError } from "./flow-test-fixtures";
import { flowLocationHref, type FlowLocation } from "./walk-flow";
import { buildFlowView } from "../site/flow-view";
import { askBeforeDone } from "./ask-before-done";

const flow = askBeforeDone(restoreFlow, enFlowStrings);
const pathOf = (step: string | undefined) => (step ? `/en/flows/restore/${step}` : "/en/flows/restore");
const hrefOf = (location: FlowLocation) => flowLocationHref(flow, location, pathOf);

describe("a static step page, as built (no trail)", () => {
  it("links each answer to the next step's page, carrying this step as the trail", () => {
    const walk = describeWalk(flow, { step: "step-3", trail: [] }, hrefOf, enFlowStrings);
    expect(walk.choices).toEqual([
      { label: "yes", href: "/en/flows/restore/step-7?trail=step-3" },
      { label: "no", href: "/en/flows/restore/step-4?trail=step-3" },
    ]);
    expect(walk.startHref).toBe("/en/flows/restore");
    expect(walk.trailText).toBe("");
  });

  it("links Back to the one step that leads here, and leaves it to the browser where several do", () => {
    expect(describeWalk(flow, { step: "step-2", trail: [] }, hrefOf, enFlowStrings).backHref).toBe(
      "/en/flows/restore",
    );
    expect(describeWalk(flow, { step: "step-4", trail: [] }, hrefOf, enFlowStrings).backHref).toBe(
      "/en/flows/restore/step-3",
    );
    // step-7 follows step-3's Yes and step-6's Next.
    expect(describeWalk(flow, { step: "step-7", trail: [] }, hrefOf, enFlowStrings).backHref).toBeUndefined();
    expect(describeWalk(flow, { step: "step-1", trail: [] }, hrefOf, enFlowStrings).backHref).toBeUndefined();
  });
});

describe("the walk redone in the browser from the trail in the URL", () => {
  it("is exactly what the server builds for the same trail", () => {
    const trail = "step-1,step-2,step-3";
    const inBrowser = describeWalkFromTrail(flow, "step-7", trail, hrefOf, enFlowStrings, threeCauseError);
    const onServer = buildFlowView(
      restoreFlow,
      { step: "step-7", trail },
      { basePath: "/en/flows/restore", pathOf },
      enFlowStrings,
      threeCauseError,
    );
    expect(inBrowser).toEqual({
      choices: onServer.choices,
      backHref: onServer.backHref,
      startHref: onServer.startHref,
      trailText: onServer.trailText,
      ticketWalk: onServer.ticketWalk,
    });
    expect(inBrowser?.backHref).toBe("/en/flows/restore/step-3?trail=step-1,step-2");
    expect(inBrowser?.choices[0]?.href).toBe("/en/flows/restore/step-8?trail=step-1,step-2,step-3,step-7");
    expect(inBrowser?.trailText).toContain("→ Yes →");
  });

  it("ignores an empty trail, or one that is not a walk to this step", () => {
    expect(describeWalkFromTrail(flow, "step-7", "", hrefOf, enFlowStrings)).toBeUndefined();
    expect(describeWalkFromTrail(flow, "step-7", "step-1,step-5", hrefOf, enFlowStrings)).toBeUndefined();
    expect(
      describeWalkFromTrail(flow, "step-7", "<script>alert(1)</script>", hrefOf, enFlowStrings),
    ).toBeUndefined();
  });
});

describe("flowLocationHref", () => {
  it("puts the first step at the guided fix's own address and refuses unknown ids", () => {
    expect(hrefOf({ step: "step-1", trail: [] })).toBe("/en/flows/restore");
    expect(hrefOf({ step: "done", trail: ["step-9"] })).toBe("/en/flows/restore/done?trail=step-9");
    expect(() => hrefOf({ step: "../x", trail: [] })).toThrow();
  });
});
