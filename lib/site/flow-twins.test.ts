import { describe, expect, it } from "vitest";
import { carryFlowLocation, errorFixHrefIn, flowHrefIn } from "./flow-twins";
import { threeLocaleCatalog as catalog } from "./twin-test-catalog";
import { procedureOf, restoreFlow, stepAt } from "../flows/flow-test-fixtures";

describe("carryFlowLocation", () => {
  it("keeps the step and the answer trail for a twin with the same steps", () => {
    expect(carryFlowLocation(restoreFlow, "step=step-7&trail=step-1,step-2,step-3")).toBe(
      "step=step-7&trail=step-1,step-2,step-3",
    );
    expect(carryFlowLocation(restoreFlow, { step: "done", trail: "step-9" })).toBe("step=done&trail=step-9");
  });
  it("starts the twin over when it cannot walk the same way, or nothing was walked", () => {
    const shorter = procedureOf("troubleshoot-restore-problems", [
      stepAt(1, { id: "step-1", text: "Une étape." }),
    ]);
    expect(carryFlowLocation(shorter, "step=step-7&trail=step-1,step-2,step-3")).toBe("");
    expect(carryFlowLocation(restoreFlow, "")).toBe("");
    expect(carryFlowLocation(restoreFlow, { step: "<script>alert(1)</script>" })).toBe("");
  });
});

describe("the switch of a guided fix", () => {
  it("opens the same step of the twin's fix", () => {
    const query = { step: "cause-2", trail: "cause-1,cause-1.action-1" };
    expect(errorFixHrefIn(catalog, "ja", "quota-exceeded", query)).toBe(
      "/ja/errors/quota-exceeded/fix?step=cause-2&trail=cause-1,cause-1.action-1",
    );
    expect(flowHrefIn(catalog, "ja", restoreFlow.id, "step=step-4&trail=step-1,step-2,step-3")).toBe(
      `/ja/flows/${restoreFlow.id}?step=step-4&trail=step-1,step-2,step-3`,
    );
  });
  it("opens the twin's start when there is no such twin or step", () => {
    expect(errorFixHrefIn(catalog, "ja", "token-expired", { step: "cause-2" })).toBe(
      "/ja/errors/token-expired/fix",
    );
  });
});
