import { describe, expect, it } from "vitest";
import { procedureOf, restoreFlow, stepAt, FIXTURE_FILE } from "@/lib/flows/flow-test-fixtures";
import { checkFlows } from "./check-flows";

describe("checkFlows on how a procedure ends", () => {
  it("warns, at the step, when a procedure ends without asking whether it worked", () => {
    expect(checkFlows([restoreFlow])).toEqual([
      {
        file: FIXTURE_FILE,
        line: 117,
        column: 1,
        severity: "warning",
        message:
          'step "step-9" ends the procedure without asking whether it worked: add question="…" yes="done" no="escalate" (or a step to go to)',
      },
    ]);
  });

  it("warns when a no ends the procedure as if it were fixed", () => {
    const flow = procedureOf("f", [
      stepAt(3, { id: "a", text: "Proxy?", question: "Is a proxy used?", yes: "b", no: "done" }),
      stepAt(4, { id: "b", text: "Fix it.", question: "Fixed?", yes: "done", no: "escalate" }),
    ]);
    expect(checkFlows([flow]).map((d) => `${d.line} ${d.severity} ${d.message}`)).toEqual([
      '3 warning step "a" ends the procedure on "no" as if it were fixed: point no="…" to a step to try next, or to "escalate"',
    ]);
  });

  it("is quiet for a procedure that asks at its end, and for a checklist", () => {
    const asking = procedureOf("f", [
      stepAt(3, { id: "a", text: "Retry.", question: "Did it work?", yes: "done", no: "escalate" }),
    ]);
    expect(checkFlows([asking, { ...restoreFlow, kind: "checklist" }])).toEqual([]);
  });
});
