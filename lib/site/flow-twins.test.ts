import { describe, expect, it } from "vitest";
import { carryFlowLocation, errorFixHrefIn, flowHrefIn } from "./flow-twins";
import { threeLocaleCatalog as catalog } from "./twin-test-catalog";
import { procedureOf, restoreFlow, stepAt, threeCauseError } from "../flows/flow-test-fixtures";
import { buildErrorFlow } from "../flows/build-error-flow";
import { getFlowStrings } from "../flows/flow-strings";

const pathOf = (step: string | undefined) => (step ? `/f/${step}` : "/f");

describe("carryFlowLocation", () => {
  it("keeps the step and the answer trail for a twin with the same steps", () => {
    expect(carryFlowLocation(restoreFlow, "step=step-7&trail=step-1,step-2,step-3", pathOf)).toBe(
      "/f/step-7?trail=step-1,step-2,step-3",
    );
    expect(carryFlowLocation(restoreFlow, { step: "done", trail: "step-9" }, pathOf)).toBe(
      "/f/done?trail=step-9",
    );
    expect(carryFlowLocation(restoreFlow, { step: "step-4" }, pathOf)).toBe("/f/step-4");
  });
  it("starts the twin over when it cannot walk the same way, or nothing was walked", () => {
    const shorter = procedureOf("troubleshoot-restore-problems", [
      stepAt(1, { id: "step-1", text: "Une étape." }),
    ]);
    expect(carryFlowLocation(shorter, "step=step-7&trail=step-1,step-2,step-3", pathOf)).toBe("/f");
    expect(carryFlowLocation(restoreFlow, "", pathOf)).toBe("/f");
    expect(carryFlowLocation(restoreFlow, { step: "<script>alert(1)</script>" }, pathOf)).toBe("/f");
  });
});

describe("the switch of a guided fix", () => {
  it("opens the same step of the twin's fix", () => {
    const query = { step: "allow-urls", trail: "new-credentials,check-internet" };
    expect(errorFixHrefIn(catalog, "ja", "quota-exceeded", query)).toBe(
      "/ja/errors/quota-exceeded/fix/allow-urls?trail=new-credentials,check-internet",
    );
    expect(flowHrefIn(catalog, "ja", restoreFlow.id, "step=step-4&trail=step-1,step-2,step-3")).toBe(
      `/ja/flows/${restoreFlow.id}/step-4?trail=step-1,step-2,step-3`,
    );
  });
  it("opens the twin's start when there is no such twin or step", () => {
    expect(errorFixHrefIn(catalog, "ja", "token-expired", { step: "allow-urls" })).toBe(
      "/ja/errors/token-expired/fix",
    );
  });
  it("walks a translation whose actions have ids of their own by position, when its walk has the same shape", () => {
    // Derived action ids come from the steps' words, so each language has its own.
    const translated = {
      ...threeCauseError,
      actions: threeCauseError.actions.map((action) => ({ ...action, id: `t-${action.id}` })),
    };
    const from = buildErrorFlow(translated, getFlowStrings("fr"));
    const query = { step: "t-allow-urls", trail: "t-new-credentials,t-check-internet" };
    expect(errorFixHrefIn(catalog, "ja", "quota-exceeded", query, from)).toBe(
      "/ja/errors/quota-exceeded/fix/allow-urls?trail=new-credentials,check-internet",
    );
    const shorter = buildErrorFlow(
      { ...translated, actions: translated.actions.slice(1) },
      getFlowStrings("fr"),
    );
    expect(errorFixHrefIn(catalog, "ja", "quota-exceeded", query, shorter)).toBe(
      "/ja/errors/quota-exceeded/fix",
    );
  });
});
