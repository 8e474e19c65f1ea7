/**
 * What the feedback of a guided-fix page needs from its URL: the position shown, the page's own address (a
 * form post returns there), and at the done end the cause whose fix the reader said worked (the step they
 * answered Yes on is the last one of their trail).
 */
import type { ErrorEntry, Flow } from "../schema/entities";
import { causeIdOfStep } from "../flows/build-error-flow";
import { askBeforeDone } from "../flows/ask-before-done";
import { getFlowStrings } from "../flows/flow-strings";
import { parseFlowLocation, type FlowQuery } from "../flows/walk-flow";
import { flowHrefAt, type FlowAddress } from "../site/flow-view";

export interface FlowFeedbackContext {
  position: string;
  returnPath: string;
  causeId?: string;
  /**
   * At `done` when the page does not know the trail (a static page): the cause credited for each step the
   * reader may have answered Yes on; the browser picks by the trail in its URL.
   */
  causeIdByStep?: Record<string, string>;
}

export function flowFeedbackContext(
  authored: Flow,
  query: FlowQuery,
  address: FlowAddress,
  error?: ErrorEntry,
): FlowFeedbackContext {
  // Walked as the guided view walks it, so a question it adds (`end.confirm`) is a position like any other.
  const flow = askBeforeDone(authored, getFlowStrings(authored.locale));
  const { location } = parseFlowLocation(flow, query);
  const answered = location.trail.at(-1);
  const causeId = error && location.step === "done" && answered ? causeIdOfStep(error, answered) : undefined;
  const byStep =
    error && location.step === "done" && !answered
      ? flow.steps.flatMap((step) => {
          const cause = causeIdOfStep(error, step.id);
          return cause ? [[step.id, cause] as const] : [];
        })
      : [];
  return {
    position: location.step,
    returnPath: flowHrefAt(flow, address)(location),
    ...(causeId ? { causeId } : {}),
    ...(byStep.length > 0 ? { causeIdByStep: Object.fromEntries(byStep) } : {}),
  };
}
