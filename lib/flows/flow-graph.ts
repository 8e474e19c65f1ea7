// The edges of a flow: where each step leads, with the format's fall-through rule, shared by the
// validator, the guided view and the flowchart so all three read a flow the same way.
import type { Flow, FlowStep } from "../schema/entities";

/** Targets that end a flow: `done` (fixed) and `escalate` (hand over to support). */
export const FLOW_ENDS = ["done", "escalate"] as const;
export type FlowEnd = (typeof FLOW_ENDS)[number];

/** One way out of a step: the answer (or plain `next`) and the step id or end it leads to. */
export interface FlowChoice {
  label: "yes" | "no" | "next";
  target: string;
}

/** Whether a target is one of the flow's ends rather than a step. */
export function isFlowEnd(target: string): target is FlowEnd {
  return (FLOW_ENDS as readonly string[]).includes(target);
}

/**
 * The choices a reader has after `step`. A question offers its `yes` and `no` (whichever are set);
 * any other step has one `next`, which defaults to the following step, or `done` after the last.
 */
export function successorsOf(flow: Flow, step: FlowStep): FlowChoice[] {
  if (step.question !== undefined) {
    const choices: FlowChoice[] = [];
    if (step.yes !== undefined) choices.push({ label: "yes", target: step.yes });
    if (step.no !== undefined) choices.push({ label: "no", target: step.no });
    return choices;
  }
  return [{ label: "next", target: step.next ?? followingTarget(flow, step) }];
}

/** Position of `step` in the flow, by identity first so a duplicated id still finds the right one. */
export function indexOfStep(flow: Flow, step: FlowStep): number {
  const byIdentity = flow.steps.indexOf(step);
  return byIdentity >= 0 ? byIdentity : flow.steps.findIndex((candidate) => candidate.id === step.id);
}

/**
 * The first step with each id: what a target names when an id is (wrongly) used twice. A step
 * named `done` or `escalate` is left out, since those targets always mean the ends.
 */
export function indexStepsById(flow: Flow): Map<string, FlowStep> {
  const byId = new Map<string, FlowStep>();
  for (const step of flow.steps) if (!byId.has(step.id) && !isFlowEnd(step.id)) byId.set(step.id, step);
  return byId;
}

function followingTarget(flow: Flow, step: FlowStep): string {
  const index = indexOfStep(flow, step);
  if (index < 0) return "done";
  return flow.steps[index + 1]?.id ?? "done";
}
