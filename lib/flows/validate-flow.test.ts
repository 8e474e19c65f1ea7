import { describe, expect, it } from "vitest";
import { FIXTURE_FILE, procedureOf, restoreFlow, stepAt } from "./flow-test-fixtures";
import { validateFlow } from "./validate-flow";

/** `file:line: message` of each diagnostic: where it points and what it says. */
function located(diagnostics: ReturnType<typeof validateFlow>): string[] {
  return diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.message}`);
}

describe("validateFlow on a valid flow", () => {
  it("accepts the restore procedure with its step-3 branch", () => {
    expect(validateFlow(restoreFlow)).toEqual([]);
  });

  it("accepts a checklist that only falls through", () => {
    const checklist = {
      ...procedureOf("checks", [
        stepAt(1, { id: "step-1", text: "a" }),
        stepAt(2, { id: "step-2", text: "b" }),
      ]),
      kind: "checklist" as const,
    };
    expect(validateFlow(checklist)).toEqual([]);
  });
});

describe("validateFlow on broken flows", () => {
  it("reports a loop at the step that leads back", () => {
    const flow = procedureOf("loop", [
      stepAt(20, { id: "step-1", text: "a" }),
      stepAt(22, { id: "step-2", text: "b" }),
      stepAt(24, { id: "step-3", text: "c", next: "step-2" }),
    ]);
    expect(located(validateFlow(flow))).toEqual([
      `${FIXTURE_FILE}:24:1 error step "step-3" leads back to "step-2" (step-2 → step-3 → step-2): a flow must not loop; point next to a later step, done or escalate`,
    ]);
  });

  it("reports a loop in a question's answer", () => {
    const flow = procedureOf("loop", [
      stepAt(20, { id: "step-1", text: "a" }),
      stepAt(22, { id: "step-2", text: "b", question: "ok?", yes: "done", no: "step-1" }),
    ]);
    expect(located(validateFlow(flow))).toEqual([
      `${FIXTURE_FILE}:22:1 error step "step-2" leads back to "step-1" (step-1 → step-2 → step-1): a flow must not loop; point no to a later step, done or escalate`,
    ]);
  });

  it("reports an edge to a step that does not exist", () => {
    const flow = procedureOf("dangling", [
      stepAt(30, { id: "step-1", text: "a" }),
      stepAt(32, { id: "step-2", text: "b", question: "ok?", yes: "step-9", no: "step-3" }),
      stepAt(34, { id: "step-3", text: "c" }),
    ]);
    expect(located(validateFlow(flow))).toEqual([
      `${FIXTURE_FILE}:32:1 error step "step-2" has yes="step-9", which is not a step of this flow: use an existing step id, done or escalate`,
    ]);
  });

  it("reports a step nothing leads to", () => {
    const flow = procedureOf("unreachable", [
      stepAt(40, { id: "step-1", text: "a", next: "step-3" }),
      stepAt(42, { id: "step-2", text: "b" }),
      stepAt(44, { id: "step-3", text: "c" }),
    ]);
    expect(located(validateFlow(flow))).toEqual([
      `${FIXTURE_FILE}:42:1 error step "step-2" is unreachable from the first step: link to it with next/yes/no or remove it`,
    ]);
  });

  it("reports a question with no answers as a dead end", () => {
    const flow = procedureOf("dead-end", [
      stepAt(50, { id: "step-1", text: "a" }),
      stepAt(52, { id: "step-2", text: "b", question: "ok?" }),
    ]);
    expect(located(validateFlow(flow))).toEqual([
      `${FIXTURE_FILE}:52:1 error step "step-2" is a dead end: it asks a question but has neither yes nor no: add yes="…" and no="…" (a step id, done or escalate)`,
    ]);
  });

  it("reports a question without yes", () => {
    const flow = procedureOf("no-yes", [
      stepAt(60, { id: "step-1", text: "a", question: "ok?", no: "escalate" }),
      stepAt(62, { id: "step-2", text: "b" }),
    ]);
    const diagnostics = located(validateFlow(flow));
    expect(diagnostics[0]).toBe(
      `${FIXTURE_FILE}:60:1 error step "step-1" asks a question but has no yes: add yes="…" (a step id, done or escalate)`,
    );
    // Without a yes nothing leads on to step-2, so it is unreachable as well.
    expect(diagnostics.slice(1)).toEqual([
      `${FIXTURE_FILE}:62:1 error step "step-2" is unreachable from the first step: link to it with next/yes/no or remove it`,
    ]);
  });

  it("reports a question that also has next", () => {
    const flow = procedureOf("question-and-next", [
      stepAt(70, { id: "step-1", text: "a", question: "ok?", yes: "done", no: "escalate", next: "done" }),
    ]);
    expect(located(validateFlow(flow))).toEqual([
      `${FIXTURE_FILE}:70:1 error step "step-1" has both a question and next: a question branches with yes/no; remove next`,
    ]);
  });

  it("reports yes/no on a step that asks nothing", () => {
    const flow = procedureOf("answers-without-question", [
      stepAt(75, { id: "step-1", text: "a", yes: "done" }),
    ]);
    expect(located(validateFlow(flow))).toEqual([
      `${FIXTURE_FILE}:75:1 error step "step-1" has yes/no but no question: add question="…" or use next instead`,
    ]);
  });

  it("reports a duplicate step id at its second use", () => {
    const flow = procedureOf("duplicate", [
      stepAt(80, { id: "step-1", text: "a" }),
      stepAt(82, { id: "step-1", text: "b" }),
    ]);
    expect(located(validateFlow(flow))).toEqual([
      `${FIXTURE_FILE}:82:1 error step id "step-1" is used twice: give each step its own id`,
    ]);
  });

  it("reports a step named like an end", () => {
    const flow = procedureOf("reserved", [stepAt(90, { id: "done", text: "a" })]);
    expect(located(validateFlow(flow))).toEqual([
      `${FIXTURE_FILE}:90:1 error step id "done" is reserved for the end of a flow: rename the step`,
    ]);
  });

  it("locates a step without its own source at the flow", () => {
    const flow = procedureOf("unlocated", [{ id: "step-1", text: "a", commands: [], next: "step-1" }]);
    expect(validateFlow(flow)).toMatchObject([{ file: FIXTURE_FILE, line: 10, column: 1 }]);
  });

  it("lists problems in file order", () => {
    const flow = procedureOf("many", [
      stepAt(5, { id: "step-1", text: "a", next: "nowhere" }),
      stepAt(3, { id: "step-2", text: "b", question: "ok?" }),
    ]);
    expect(validateFlow(flow).map((d) => d.line)).toEqual([3, 3, 5]);
  });
});
