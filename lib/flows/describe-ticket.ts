/**
 * The text a customer pastes into a support ticket after a guided fix: what the fix was about (the error's
 * codes and message), every step tried in full with the answer given, where the walk stands, the page's
 * address and the date. The page's address and the date are only known in the browser, at the moment of
 * copying, so the text is built in two parts: the walk on the server, then `composeTicket` when copying.
 */
import type { ErrorEntry, Flow } from "../schema/entities";
import { indexStepsById, isFlowEnd, successorsOf } from "./flow-graph";
import { fillTemplate } from "../i18n/fill-template";
import type { FlowStrings } from "./flow-strings";
import { stepNumber } from "./walk-flow";
import { squashWhitespace } from "./wrap-text";

/** The labels of a ticket's lines in one locale. */
export interface TicketStrings {
  /** First line; `{title}` is the flow's title, e.g. `Guided fix: {title}`. */
  heading: string;
  /** `{codes}` and `{message}` come from the error, e.g. `Error {codes}: {message}`. */
  error: string;
  /** Leads the list of steps, e.g. `Steps tried:`. */
  steps: string;
  /** Where the walk stands, e.g. `Now at: {position}`. */
  position: string;
  /** `{url}` is the page's address. */
  page: string;
  /** `{date}` is the date and time of copying. */
  date: string;
}

/** What a ticket says about the error: its codes and message (the title when there is no message). */
export type TicketError = Pick<ErrorEntry, "codes" | "message" | "title">;

/**
 * The ticket's lines that the server knows: heading, error, each step walked (full text, answer) and the
 * current position. `walk` is the trail followed by the current step or end.
 */
export function describeTicketWalk(
  flow: Flow,
  walk: readonly string[],
  strings: FlowStrings,
  error?: TicketError,
): string[] {
  const texts = strings.ticket;
  const lines = [fillTemplate(texts.heading, { title: flow.title })];
  if (error && (error.codes.length > 0 || error.message.trim() !== "")) {
    const codes = error.codes.length > 0 ? error.codes.join(", ") : error.title;
    lines.push(fillTemplate(texts.error, { codes, message: squashWhitespace(error.message) || error.title }));
  }
  const byId = indexStepsById(flow);
  const walked = walk.slice(0, -1).flatMap((id, index) => {
    const step = byId.get(id);
    if (!step) return [];
    const next = walk[index + 1];
    const choice = successorsOf(flow, step).find((candidate) => candidate.target === next);
    const question = step.question ? ` ${squashWhitespace(step.question)}` : "";
    const answer = choice && choice.label !== "next" ? ` → ${strings[choice.label]}` : "";
    return [`${stepNumber(flow, id)}. ${squashWhitespace(step.text)}${question}${answer}`];
  });
  if (walked.length > 0) lines.push(texts.steps, ...walked);
  const current = walk.at(-1);
  if (current !== undefined)
    lines.push(fillTemplate(texts.position, { position: describePosition(flow, current, strings) }));
  return lines;
}

function describePosition(flow: Flow, position: string, strings: FlowStrings): string {
  if (isFlowEnd(position)) return strings[position];
  const step = indexStepsById(flow).get(position);
  return step ? `${stepNumber(flow, position)}. ${squashWhitespace(step.text)}` : position;
}

/** The whole ticket: the walk, then the page's address and the date, one item per line. */
export function composeTicket(
  walk: readonly string[],
  strings: TicketStrings,
  url: string,
  date: string,
): string {
  return [...walk, fillTemplate(strings.page, { url }), fillTemplate(strings.date, { date })].join("\n");
}

/** A date and time a support engineer can read in any time zone, e.g. `2026-05-04 14:03 UTC+02:00`. */
export function formatTicketDate(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const local = new Date(date.getTime() + offset * 60_000).toISOString().slice(0, 16).replace("T", " ");
  const sign = offset >= 0 ? "+" : "-";
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, "0");
  const minutes = String(Math.abs(offset) % 60).padStart(2, "0");
  return `${local} UTC${sign}${hours}:${minutes}`;
}
