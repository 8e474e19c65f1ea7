import { describe, expect, it } from "vitest";
import { FlowSchema, type Flow } from "../schema/entities";
import { buildErrorFlow } from "./build-error-flow";
import { buildEscalation } from "./build-escalation";
import { enFlowStrings, svFlowStrings } from "./flow-strings";
import { actionsOnlyError, threeCauseError } from "./flow-test-fixtures";
import { validateFlow } from "./validate-flow";
import { resolveStep, successorsOf } from "./walk-flow";

/**
 * Walks from the first step, answering questions in the order given. Returns the ids visited,
 * ending in `done`/`escalate`, or at the question it ran out of answers for.
 */
function walk(flow: Flow, answers: ("yes" | "no")[]): string[] {
  const visited: string[] = [];
  const pending = [...answers];
  let position = flow.steps[0]!.id;
  while (position !== "done" && position !== "escalate") {
    visited.push(position);
    const choices = successorsOf(flow, resolveStep(flow, position).step);
    const choice = choices.length === 1 ? choices[0] : choices.find((c) => c.label === pending[0]);
    if (!choice) return visited;
    if (choices.length > 1) pending.shift();
    position = choice.target;
  }
  return [...visited, position];
}

describe("buildErrorFlow on an error with three causes", () => {
  const flow = buildErrorFlow(threeCauseError, enFlowStrings);

  it("is a valid procedure named after the error", () => {
    expect(FlowSchema.parse(flow)).toEqual(flow);
    expect(flow).toMatchObject({ id: "invalid-vault-credentials-provided", kind: "procedure", locale: "en" });
    expect(validateFlow(flow)).toEqual([]);
  });

  it("checks each cause, then tries each of its actions", () => {
    expect(flow.steps.map((step) => step.id)).toEqual([
      "cause-1",
      "cause-1.action-1",
      "cause-2",
      "cause-2.action-1",
      "cause-2.action-2",
      "cause-3",
    ]);
  });

  it("names the cause to check and explains it", () => {
    expect(flow.steps[0]!.text).toBe(
      "Check: The vault credentials are not valid. They may be corrupt or expired.",
    );
    expect(flow.steps[2]!.text).toBe("Check: A proxy or firewall blocks registration");
  });

  it("keeps an action's steps in order", () => {
    const step = flow.steps[1]!;
    expect(step.text).toBe("Download new credentials from the vault. Register the server again.");
    expect(step.markdown).toBe("1. Download new credentials from the vault.\n2. Register the server again.");
  });

  it("asks whether the last fix of a cause worked", () => {
    expect(flow.steps[1]).toMatchObject({ question: "Did this fix it?", yes: "done", no: "cause-2" });
    expect(flow.steps[4]).toMatchObject({ question: "Did this fix it?", yes: "done", no: "cause-3" });
  });

  it("reaches the third cause after answering No twice, then escalates", () => {
    expect(walk(flow, ["no", "no"]).at(-1)).toBe("cause-3");
    expect(walk(flow, ["no", "no", "no"])).toEqual([
      "cause-1",
      "cause-1.action-1",
      "cause-2",
      "cause-2.action-1",
      "cause-2.action-2",
      "cause-3",
      "escalate",
    ]);
  });

  it("ends in done when the first fix works", () => {
    expect(walk(flow, ["yes"])).toEqual(["cause-1", "cause-1.action-1", "done"]);
  });

  it("uses ids that fit the step id pattern", () => {
    for (const step of flow.steps) expect(step.id).toMatch(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/);
  });

  it("speaks Swedish with Swedish strings", () => {
    const sv = buildErrorFlow(threeCauseError, svFlowStrings);
    expect(sv.steps[0]!.text).toMatch(/^Kontrollera: /);
    expect(sv.steps[1]!.question).toBe("Löste det problemet?");
  });
});

describe("buildErrorFlow on an error without causes", () => {
  const flow = buildErrorFlow(actionsOnlyError, svFlowStrings);

  it("walks its actions and asks at the end", () => {
    expect(flow.steps.map((step) => step.id)).toEqual(["action-1", "action-2"]);
    expect(flow.steps[0]).toMatchObject({ next: "action-2" });
    expect(flow.steps[1]).toMatchObject({ question: "Löste det problemet?", yes: "done", no: "escalate" });
    expect(validateFlow(flow)).toEqual([]);
  });

  it("hands over to support at once when the error lists no fix", () => {
    const empty = buildErrorFlow({ ...actionsOnlyError, actions: [] }, svFlowStrings);
    expect(empty.steps).toEqual([
      { id: "no-known-fix", text: svFlowStrings.noKnownFix, commands: [], next: "escalate" },
    ]);
    expect(validateFlow(empty)).toEqual([]);
  });
});

describe("buildEscalation", () => {
  it("names the agent version, the error's code and message, the time, the logs and where to ask", () => {
    const escalation = buildEscalation(enFlowStrings, threeCauseError);
    expect(escalation.collect).toHaveLength(4);
    expect(escalation.collect[0]).toMatch(/agent version/);
    expect(escalation.collect[1]).toBe(
      "The error code and message: 34513: Invalid vault credentials were provided.",
    );
    expect(escalation.collect[2]).toMatch(/time/);
    expect(escalation.collect[3]).toContain(
      "C:\\Program Files\\Microsoft Azure Recovery Services Agent\\Temp",
    );
    expect(escalation.collect[3]).toContain("CBEngine");
    expect(escalation.help).toMatch(/support request/);
  });

  it("asks for the code as shown when the flow is not about one error", () => {
    expect(buildEscalation(svFlowStrings).collect[1]).toBe(svFlowStrings.escalation.errorMessageOnly);
  });
});
