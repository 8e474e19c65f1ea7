import { describe, expect, it } from "vitest";
import { askBeforeDone, CONFIRM_STEP_ID, findSilentEnds } from "./ask-before-done";
import { enFlowStrings } from "./flow-strings";
import { procedureOf, restoreFlow, stepAt } from "./flow-test-fixtures";
import { validateFlow } from "./validate-flow";
import { describeProgress, successorsOf } from "./walk-flow";

describe("findSilentEnds", () => {
  it("finds the last step of a procedure that just ends", () => {
    expect(findSilentEnds(restoreFlow).map((step) => step.id)).toEqual(["step-9"]);
  });

  it("finds an explicit next=done and a no that ends the flow, but not a yes", () => {
    const flow = procedureOf("f", [
      stepAt(1, { id: "a", text: "Is a proxy used?", question: "Proxy?", yes: "b", no: "done" }),
      stepAt(2, { id: "b", text: "Fix the proxy.", next: "done" }),
      stepAt(3, { id: "c", text: "Worked?", question: "Did it work?", yes: "done", no: "escalate" }),
    ]);
    expect(findSilentEnds(flow).map((step) => step.id)).toEqual(["a", "b"]);
  });
});

describe("askBeforeDone", () => {
  const strings = enFlowStrings;

  it("makes the procedure's last step ask whether it worked: yes is done, no is support", () => {
    const flow = askBeforeDone(restoreFlow, strings);
    expect(flow.steps.at(-1)).toMatchObject({
      id: "step-9",
      question: "Did this fix it?",
      yes: "done",
      no: "escalate",
    });
    expect(flow.steps.at(-1)).not.toHaveProperty("next");
    expect(flow.steps.slice(0, -1)).toEqual(restoreFlow.steps.slice(0, -1));
    expect(validateFlow(flow)).toEqual([]);
    expect(describeProgress(flow, "step-9", strings)).toBe("Step 9 of 9");
  });

  it("sends a no that would end the flow to one added question", () => {
    const flow = askBeforeDone(
      procedureOf("f", [
        stepAt(1, { id: "a", text: "Is a proxy used?", question: "Proxy?", yes: "b", no: "done" }),
        stepAt(2, { id: "b", text: "Fix the proxy." }),
      ]),
      strings,
    );
    expect(flow.steps.map((step) => step.id)).toEqual(["a", "b", CONFIRM_STEP_ID]);
    expect(successorsOf(flow, flow.steps[0]!)).toEqual([
      { label: "yes", target: "b" },
      { label: "no", target: CONFIRM_STEP_ID },
    ]);
    expect(flow.steps[2]).toMatchObject({ question: "Did this fix it?", yes: "done", no: "escalate" });
    expect(validateFlow(flow)).toEqual([]);
  });

  it("leaves a flow that always asks untouched", () => {
    const asked = askBeforeDone(restoreFlow, strings);
    expect(askBeforeDone(asked, strings)).toBe(asked);
  });
});
