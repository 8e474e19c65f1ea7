import { describe, expect, it } from "vitest";
import { restoreFlow, threeCauseError } from "../flows/flow-test-fixtures";
import { buildErrorFlow } from "../flows/build-error-flow";
import { enFlowStrings } from "../flows/flow-strings";
import { buildFlowView } from "./flow-view";

const base = "/en/flows/troubleshoot-restore-problems";

describe("buildFlowView", () => {
  it("offers yes and no at the restore procedure's step 3, yes leading to step 7", () => {
    const view = buildFlowView(restoreFlow, "step=step-3&trail=step-1,step-2", base, enFlowStrings);
    expect(view.progress).toBe("Step 3 of 9");
    const yes = view.choices.find((c) => c.label === "yes");
    expect(yes?.href).toBe(`${base}?step=step-7&trail=step-1,step-2,step-3`);
    expect(view.backHref).toBe(`${base}?step=step-2&trail=step-1`);
    expect(view.trailText).toContain("→");
  });

  it("falls back to the first step with a notice for an unknown or hostile step", () => {
    const view = buildFlowView(restoreFlow, { step: "<script>alert(1)</script>" }, base, enFlowStrings);
    expect(view.position).toBe("step-1");
    expect(view.notice).toBe("unknown-step");
    expect(JSON.stringify(view)).not.toContain("<script>");
  });

  it("shows what to collect at the escalation end of an error's flow", () => {
    const flow = buildErrorFlow(threeCauseError, enFlowStrings);
    const view = buildFlowView(flow, "step=escalate", "/en/errors/x/fix", enFlowStrings, threeCauseError);
    expect(view.escalation?.collect).toHaveLength(2);
    expect(view.escalation?.collect[0]).toContain("34513");
    expect(view.choices).toEqual([]);
  });

  it("points a step's links to article sections into the article, which holds them", () => {
    const [first, ...rest] = restoreFlow.steps;
    const flow = {
      ...restoreFlow,
      steps: [
        { ...first!, markdown: "See [the cache](#cache-section) and [docs](https://example.com)." },
        ...rest,
      ],
    };
    const view = buildFlowView(flow, {}, base, enFlowStrings);
    const hrefs = JSON.stringify(view.blocks).match(/"href":"[^"]*"/g);
    expect(hrefs).toEqual([
      `"href":"/${flow.locale}/articles/${flow.article}#cache-section"`,
      '"href":"https://example.com"',
    ]);
  });
});
