// What the guided view shows at the `escalate` end: what to collect before asking for help, and where.
import type { ErrorEntry, Support, SupportContact } from "../schema/entities";
import { fillTemplate, type FlowStrings } from "./flow-strings";

/** The escalation advice: a lead-in, the things to collect, and where to ask. */
export interface Escalation {
  intro: string;
  /** What every escalation needs (the error, the time), as plain text. */
  collect: string[];
  /** The product's own items, as Markdown from the article (code spans keep paths verbatim). */
  collectMarkdown: string[];
  /** Leads into `contacts`, or says where to turn when there are none. */
  help: string;
  contacts: SupportContact[];
}

/**
 * Escalation advice, naming the error's codes and message when the flow is about one error, with the
 * product's own items and support channels from its article (`support` in the front matter).
 */
export function buildEscalation(strings: FlowStrings, error?: ErrorEntry, support?: Support): Escalation {
  const texts = strings.escalation;
  const contacts = support?.contacts ?? [];
  return {
    intro: texts.intro,
    collect: [describeErrorToCollect(strings, error), texts.time],
    collectMarkdown: support?.collect ?? [],
    help: contacts.length > 0 ? texts.help : texts.noContacts,
    contacts,
  };
}

function describeErrorToCollect(strings: FlowStrings, error: ErrorEntry | undefined): string {
  if (!error || (error.codes.length === 0 && error.message.trim() === ""))
    return strings.escalation.errorMessageOnly;
  const codes = error.codes.length > 0 ? error.codes.join(", ") : error.title;
  const message = error.message.trim() === "" ? error.title : error.message.trim();
  return fillTemplate(strings.escalation.errorCodeAndMessage, { codes, message });
}
