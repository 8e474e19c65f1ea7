/**
 * From a validated feedback request to the row that is stored: the ids it names are checked against the
 * catalog (unknown → 404 naming the field), the comment is scored and its contact details masked, and the
 * dedupe key says what one voter may answer once a day.
 */
import type { Catalog, Flow } from "../schema/entities";
import type { FeedbackRequest } from "../schema/feedback";
import { buildErrorFlow } from "../flows/build-error-flow";
import { getFlowStrings } from "../flows/flow-strings";
import { isFlowEnd } from "../flows/walk-flow";
import { maskContactDetails } from "./personal-data";
import { scoreSpam } from "./spam-score";
import { utcDay } from "./voter";

export type SubjectCheck = { ok: true } | { ok: false; field: keyof FeedbackRequest; message: string };

/** Whether every id of the request names something the catalog has, in the request's locale. */
export function checkFeedbackSubject(request: FeedbackRequest, catalog: Catalog): SubjectCheck {
  const { locale, errorId, causeId, flowId, stepId } = request;
  const error = errorId ? catalog.errors.find((e) => e.locale === locale && e.id === errorId) : undefined;
  if (errorId && !error) return missing("errorId", `no error "${errorId}" in locale "${locale}"`);
  if (causeId && !error) return missing("errorId", "required with causeId");
  if (causeId && error && !error.causes.some((cause) => cause.id === causeId))
    return missing("causeId", `error "${errorId}" has no cause "${causeId}"`);
  if (!flowId) return { ok: true };
  let flow: Flow | undefined;
  if (error) {
    // An error's guided fix is derived from it and carries its id.
    if (flowId !== error.id)
      return missing("flowId", `the guided fix of error "${error.id}" has flowId "${error.id}"`);
    flow = buildErrorFlow(error, getFlowStrings(error.locale));
  } else {
    flow = catalog.flows.find((f) => f.locale === locale && f.id === flowId);
    if (!flow) return missing("flowId", `no flow "${flowId}" in locale "${locale}"`);
  }
  if (stepId && !isFlowEnd(stepId) && !flow.steps.some((s) => s.id === stepId))
    return missing("stepId", `flow "${flowId}" has no step "${stepId}"`);
  return { ok: true };
}

function missing(field: keyof FeedbackRequest, message: string): SubjectCheck {
  return { ok: false, field, message };
}

/**
 * What one voter may answer once a day (a later answer replaces the earlier one): one Yes/No per cause of an
 * error (wherever it was given: error page, embed or guided fix), one per authored flow, one "reached" per step.
 */
export function dedupeKeyOf(request: FeedbackRequest): string {
  if (request.outcome === "reached") return `reached:${request.flowId}:${request.stepId}`;
  return request.errorId ? `vote:${request.errorId}:${request.causeId ?? ""}` : `vote:flow:${request.flowId}`;
}

/** What the voter hash is salted with besides the day: the page's subject, so hashes of one reader on two errors never meet. */
export function voterSubjectOf(request: FeedbackRequest): string {
  return request.errorId ?? `flow:${request.flowId}`;
}

/** A stored answer (ids absent in the request are `''`). */
export interface FeedbackEventRow {
  day: string;
  at: number;
  locale: string;
  error_id: string;
  cause_id: string;
  flow_id: string;
  step_id: string;
  outcome: string;
  comment: string | null;
  spam_score: number | null;
  voter_hash: string;
  dedupe_key: string;
}

export function toFeedbackEventRow(
  request: FeedbackRequest,
  voterHash: string,
  now: number,
): FeedbackEventRow {
  const comment = request.comment ? request.comment : undefined;
  return {
    day: utcDay(now),
    at: now,
    locale: request.locale,
    error_id: request.errorId ?? "",
    cause_id: request.causeId ?? "",
    flow_id: request.flowId ?? "",
    step_id: request.stepId ?? "",
    outcome: request.outcome,
    // Scored before masking: an e-mail address alone is a sign of spam, and masking would hide it.
    comment: comment === undefined ? null : maskContactDetails(comment),
    spam_score: comment === undefined ? null : scoreSpam(comment).score,
    voter_hash: voterHash,
    dedupe_key: dedupeKeyOf(request),
  };
}
