// "Problem solved" only when the reader says so: every way into `done` passes a yes to a question. An
// authored flow whose last step just ends (or whose "no" ends it) is walked with "Did this fix it?" added;
// `fixpath check` names those steps so the author can ask a better question of their own.
import type { Flow, FlowStep } from "../schema/entities";
import { successorsOf } from "./flow-graph";
import type { FlowStrings } from "./flow-strings";

/** Id of the question added after a "no" that would end the flow as if it were fixed. */
export const CONFIRM_STEP_ID = "end.confirm";

/**
 * Steps that reach `done` without the reader saying it worked: a step without a question that ends the flow
 * (its `next`, or falling off the last step), or a question whose "no" ends it.
 */
export function findSilentEnds(flow: Flow): FlowStep[] {
  return flow.steps.filter((step) =>
    successorsOf(flow, step).some((choice) => choice.target === "done" && choice.label !== "yes"),
  );
}

/**
 * The flow as the guided view walks it: a step that would end silently asks `didThisFix` itself (yes → done,
 * no → escalate); a "no" that would end the flow goes to one added step asking the same. A flow that already
 * asks everywhere comes back unchanged (the same object).
 */
export function askBeforeDone(flow: Flow, strings: FlowStrings): Flow {
  const silent = new Set(findSilentEnds(flow));
  if (silent.size === 0) return flow;
  let needsConfirm = false;
  const steps = flow.steps.map((step): FlowStep => {
    if (!silent.has(step)) return step;
    if (step.question === undefined) {
      const asked: FlowStep = { ...step, question: strings.didThisFix, yes: "done", no: "escalate" };
      delete asked.next;
      return asked;
    }
    needsConfirm = true;
    return { ...step, no: CONFIRM_STEP_ID };
  });
  if (needsConfirm) {
    steps.push({
      id: CONFIRM_STEP_ID,
      text: strings.endOfSteps,
      commands: [],
      question: strings.didThisFix,
      yes: "done",
      no: "escalate",
    });
  }
  return { ...flow, steps };
}
