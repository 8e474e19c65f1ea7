// What the guided view shows at the `escalate` end: what to collect before asking for help, and where.
import type { ErrorEntry } from "../schema/entities";
import { fillTemplate, type FlowStrings } from "./flow-strings";

/** The escalation advice: a lead-in, the things to collect, and where to ask. */
export interface Escalation {
  intro: string;
  collect: string[];
  help: string;
}

/** Escalation advice, naming the error's codes and message when the flow is about one error. */
export function buildEscalation(strings: FlowStrings, error?: ErrorEntry): Escalation {
  const texts = strings.escalation;
  return {
    intro: texts.intro,
    collect: [texts.agentVersion, describeErrorToCollect(strings, error), texts.time, texts.logs],
    help: texts.help,
  };
}

function describeErrorToCollect(strings: FlowStrings, error: ErrorEntry | undefined): string {
  if (!error || (error.codes.length === 0 && error.message.trim() === ""))
    return strings.escalation.errorMessageOnly;
  const codes = error.codes.length > 0 ? error.codes.join(", ") : error.title;
  const message = error.message.trim() === "" ? error.title : error.message.trim();
  return fillTemplate(strings.escalation.errorCodeAndMessage, { codes, message });
}
