// Derives a guided fix flow from an error: one step per thing to try, each ending in "Did this fix it?"
// (yes → done, no → the next thing, or support after the last). Every step is a real step: a cause is not a
// step of its own but the context of the action that fixes it, and an action several causes share is tried once.
import type { Action, Cause, ErrorEntry, Flow, FlowStep } from "../schema/entities";
import { fillTemplate, type FlowStrings } from "./flow-strings";

/** Something to try, before the steps are linked. */
type Unit = Omit<FlowStep, "next" | "yes" | "no" | "question" | "source">;

/** Id of the step that follows a body the importer could not structure. */
export const BODY_STEP_ID = "error.body";
/** Id of the only step of an error that documents no fix. */
export const NO_KNOWN_FIX_STEP_ID = "no-known-fix";

/**
 * The fix flow of `error`, in this order: actions for the whole error written before any cause's action; then
 * per cause, in order, the actions that fix it and were not tried yet (step id = the action id; a cause with
 * no action is a step of its own, `cause.<id>`, when it has something to check); then the other actions for
 * the whole error; then the error's body, if any ("Follow these instructions", step `error.body`). An error
 * that documents nothing to do gets one step saying so, which leads to support. Step ids come from the stable
 * cause and action ids, never from positions, so feedback stored per step survives reordering and re-imports.
 */
export function buildErrorFlow(error: ErrorEntry, strings: FlowStrings): Flow {
  return {
    id: error.id,
    locale: error.locale,
    article: error.article,
    title: error.title,
    kind: "procedure",
    intro: error.message,
    steps: linkUnits(planUnits(error, strings), strings),
    source: error.source,
  };
}

function planUnits(error: ErrorEntry, strings: FlowStrings): Unit[] {
  const causeById = new Map(error.causes.map((cause) => [cause.id, cause]));
  const causesOf = (action: Action) => action.causes.flatMap((id) => causeById.get(id) ?? []);
  const firstSpecific = error.actions.findIndex((action) => action.causes.length > 0);
  const isLeading = (action: Action) =>
    action.causes.length === 0 && (firstSpecific < 0 || error.actions.indexOf(action) < firstSpecific);
  const units: Unit[] = error.actions.filter(isLeading).map((action) => actionUnit(action, [], strings));
  // Without any action, the body says what to do about the causes: its step names them all.
  const bodyCarriesCauses = error.actions.length === 0 && error.body !== undefined;
  const tried = new Set<Action>();
  for (const cause of error.causes) {
    const actions = error.actions.filter((action) => action.causes.includes(cause.id));
    for (const action of actions.filter((a) => !tried.has(a))) {
      tried.add(action);
      units.push(actionUnit(action, causesOf(action), strings));
    }
    if (actions.length === 0 && !bodyCarriesCauses) units.push(causeUnit(cause, strings));
  }
  for (const action of error.actions.filter((a) => a.causes.length === 0 && !isLeading(a)))
    units.push(actionUnit(action, [], strings));
  if (error.body) units.push(bodyUnit(error.body, bodyCarriesCauses ? error.causes : [], strings));
  if (units.length > 0) return units;
  return [{ id: NO_KNOWN_FIX_STEP_ID, text: strings.noKnownFix, commands: [] }];
}

/** An action with the causes it fixes as its context; several steps keep their order as a numbered list. */
function actionUnit(action: Action, causes: readonly Cause[], strings: FlowStrings): Unit {
  const context = describeCauses(causes, strings);
  const steps = action.steps;
  const list =
    steps.length === 1
      ? steps[0]!.markdown
      : steps.map((step, index) => numberedItem(index + 1, step.markdown)).join("\n");
  return {
    id: action.id,
    text: joinSentences([context.text, ...steps.map((step) => step.text.trim())]),
    // With causes above them, the steps get their own lead, so the two lists do not read as one.
    markdown: (context.markdown ? [context.markdown, `**${strings.stepsLabel}:**`, list] : [list]).join(
      "\n\n",
    ),
    commands: steps.flatMap((step) => step.commands),
  };
}

/** The id of the step that checks a cause no action fixes. */
const causeStepId = (causeId: string) => `${CAUSE_STEP_PREFIX}${causeId}`;
const CAUSE_STEP_PREFIX = "cause.";

/**
 * The one cause a step of `error`'s guided fix is about: a cause's own check (`cause.<id>`) or an action that
 * fixes exactly that cause. Undefined for an action several causes share or for the whole error, the body and
 * the ends, where a Yes cannot say which cause it was.
 */
export function causeIdOfStep(error: ErrorEntry, stepId: string): string | undefined {
  const checked = stepId.startsWith(CAUSE_STEP_PREFIX) ? stepId.slice(CAUSE_STEP_PREFIX.length) : undefined;
  if (checked !== undefined) return error.causes.find((cause) => cause.id === checked)?.id;
  const [only, ...more] = error.actions.find((action) => action.id === stepId)?.causes ?? [];
  return only !== undefined && more.length === 0 ? only : undefined;
}

/** A cause no action fixes: check it, with its explanation. */
function causeUnit(cause: Cause, strings: FlowStrings): Unit {
  const heading = fillTemplate(strings.checkCause, { cause: cause.title });
  const headingMarkdown = fillTemplate(strings.checkCause, { cause: escapeMarkdown(cause.title) });
  return {
    id: causeStepId(cause.id),
    text: joinSentences([heading, cause.explanation.trim()]),
    markdown: [`**${headingMarkdown}**`, cause.explanationMarkdown].filter(Boolean).join("\n\n"),
    commands: [],
  };
}

/** Fix text that stayed free Markdown: followed as written, with the causes it addresses. */
function bodyUnit(
  body: NonNullable<ErrorEntry["body"]>,
  causes: readonly Cause[],
  strings: FlowStrings,
): Unit {
  const context = describeCauses(causes, strings);
  return {
    id: BODY_STEP_ID,
    text: joinSentences([strings.followInstructions, context.text, body.text]),
    markdown: [`**${strings.followInstructions}**`, context.markdown, body.markdown]
      .filter(Boolean)
      .join("\n\n"),
    commands: [],
  };
}

/** "Cause: X. Explanation." for one cause; "Possible causes:" and a list for several; nothing for none. */
function describeCauses(causes: readonly Cause[], strings: FlowStrings): { text: string; markdown: string } {
  const [only] = causes;
  if (causes.length === 0 || !only) return { text: "", markdown: "" };
  if (causes.length === 1) {
    return {
      text: joinSentences([`${strings.causeLabel}: ${only.title}`, only.explanation.trim()]),
      markdown: [`**${strings.causeLabel}:** ${escapeMarkdown(only.title)}`, only.explanationMarkdown]
        .filter(Boolean)
        .join("\n\n"),
    };
  }
  return {
    text: `${strings.possibleCauses}: ${causes.map((cause) => cause.title.replace(/[.。]+$/, "")).join("; ")}`,
    markdown: [
      `**${strings.possibleCauses}:**`,
      causes.map((cause) => `- ${escapeMarkdown(cause.title)}`).join("\n"),
    ].join("\n\n"),
  };
}

/** Chains the units: each asks whether it fixed the problem; yes ends the flow, no goes on (or to support). */
function linkUnits(units: readonly Unit[], strings: FlowStrings): FlowStep[] {
  return units.map((unit, index) => {
    if (unit.id === NO_KNOWN_FIX_STEP_ID) return { ...unit, next: "escalate" };
    const onNo = units[index + 1]?.id ?? "escalate";
    return { ...unit, question: strings.didThisFix, yes: "done", no: onNo };
  });
}

/** `1. first line` with the step's further lines indented under the number, so nested lists stay nested. */
function numberedItem(number: number, markdown: string): string {
  const marker = `${number}. `;
  const pad = " ".repeat(marker.length);
  return (
    marker +
    markdown
      .split("\n")
      .map((line, i) => (i === 0 || line === "" ? line : pad + line))
      .join("\n")
  );
}

/** Plain text (a title) made literal in Markdown. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|!~]/g, (c) => `\\${c}`);
}

function joinSentences(parts: readonly string[]): string {
  const filled = parts.filter((part) => part !== "");
  return filled.map((part, i) => (i < filled.length - 1 ? endSentence(part) : part)).join(" ");
}

function endSentence(text: string): string {
  return /[.!?:;。！？]$/.test(text) ? text : `${text}.`;
}
