/**
 * What the feedback of a guided-fix page needs from its URL: the position shown, the page's own address (a
 * form post returns there), and at the done end the cause whose fix the reader said worked (the step they
 * answered Yes on is the last one of their trail).
 */
import type { ErrorEntry, Flow } from "../schema/entities";
import { causeIdOfStep } from "../flows/build-error-flow";
import { parseFlowLocation, serializeFlowLocation, type FlowQuery } from "../flows/walk-flow";

export interface FlowFeedbackContext {
  position: string;
  returnPath: string;
  causeId?: string;
}

export function flowFeedbackContext(
  flow: Flow,
  query: FlowQuery,
  basePath: string,
  error?: ErrorEntry,
): FlowFeedbackContext {
  const { location } = parseFlowLocation(flow, query);
  const answered = location.trail.at(-1);
  const causeId = error && location.step === "done" && answered ? causeIdOfStep(error, answered) : undefined;
  return {
    position: location.step,
    returnPath: `${basePath}?${serializeFlowLocation(flow, location)}`,
    ...(causeId ? { causeId } : {}),
  };
}
