// Derives a guided fix flow from an error: check each cause in turn, try its fixes, ask whether that
// fixed it, and move on to the next cause (or to support) when it did not.
import type { Action, Cause, ErrorEntry, Flow, FlowStep } from "../schema/entities";
import { fillTemplate, type FlowStrings } from "./flow-strings";

/**
 * The fix flow of `error`. Steps are `<cause id>` (check the cause) then `<cause id>.action-M` (one per
 * action); the last step of each cause asks `didThisFix`: yes → `done`, no → the next cause or
 * `escalate`. An error without causes gets `action-M` steps with the same question at the end.
 * Step ids come from cause ids, not positions, so feedback per step survives reordering the causes.
 */
export function buildErrorFlow(error: ErrorEntry, strings: FlowStrings): Flow {
  return {
    id: error.id,
    locale: error.locale,
    article: error.article,
    title: error.title,
    kind: "procedure",
    intro: error.message,
    steps: buildSteps(error, strings),
    source: error.source,
  };
}

/** Steps grouped per cause; each group's last step branches, so groups are built first, then linked. */
function buildSteps(error: ErrorEntry, strings: FlowStrings): FlowStep[] {
  const groups =
    error.causes.length > 0
      ? error.causes.map((cause) => buildCauseGroup(cause, cause.id, strings))
      : [error.actions.map((action, index) => buildActionStep(action, `action-${index + 1}`))];
  const nonEmpty = groups.filter((group) => group.length > 0);
  if (nonEmpty.length === 0)
    return [{ id: "no-known-fix", text: strings.noKnownFix, commands: [], next: "escalate" }];
  return nonEmpty.flatMap((group, index) =>
    linkGroup(group, nonEmpty[index + 1]?.[0]?.id ?? "escalate", strings),
  );
}

function buildCauseGroup(cause: Cause, id: string, strings: FlowStrings): FlowStep[] {
  const heading = fillTemplate(strings.checkCause, { cause: cause.title });
  const explanation = cause.explanation.trim();
  const text = explanation === "" ? heading : `${endSentence(heading)} ${explanation}`;
  const check: FlowStep = { id, text, commands: [] };
  const actions = cause.actions.map((action, index) => buildActionStep(action, `${id}.action-${index + 1}`));
  return [check, ...actions];
}

function buildActionStep(action: Action, id: string): FlowStep {
  const texts = action.steps.map((step) => step.text.trim());
  return {
    id,
    text: texts.join(" "),
    // Several steps keep their order as a Markdown list; one step needs no list.
    markdown: texts.length > 1 ? texts.map((text, index) => `${index + 1}. ${text}`).join("\n") : undefined,
    commands: action.steps.flatMap((step) => step.commands),
  };
}

/** Chains a group with `next` and makes its last step ask whether the problem is fixed. */
function linkGroup(group: FlowStep[], onNo: string, strings: FlowStrings): FlowStep[] {
  return group.map((step, index) => {
    const following = group[index + 1];
    if (following) return { ...step, next: following.id };
    return { ...step, question: strings.didThisFix, yes: "done", no: onNo };
  });
}

/** The cause a step of `error`'s guided fix belongs to, or undefined for an end or an error-level step. */
export function causeIdOfStep(error: ErrorEntry, stepId: string): string | undefined {
  const group = stepId.split(".")[0];
  return error.causes.find((cause) => cause.id === group)?.id;
}

function endSentence(text: string): string {
  return /[.!?:]$/.test(text) ? text : `${text}.`;
}
