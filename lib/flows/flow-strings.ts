// The localized texts of fix flows (derived steps, answers, ends, progress, escalation and the ticket): their
// shape here, their words in lib/i18n/languages/ with every other word of the portal. Product facts (what to
// collect, where to ask) are content: they come from the article's `support`.
import type { Locale } from "../schema/entities";
import { getTranslation } from "../i18n/translation";
import { en } from "../i18n/languages/en";
import { sv } from "../i18n/languages/sv";
import type { TicketStrings } from "./describe-ticket";

export { fillTemplate } from "../i18n/fill-template";

/** Texts a flow needs in one locale. `{name}` marks a value filled in by the caller. */
export interface FlowStrings {
  /** Heading of a derived step for a cause no action fixes; `{cause}` is the cause title. */
  checkCause: string;
  /** Label of the one cause an action fixes, shown above its steps: "Cause". */
  causeLabel: string;
  /** Label of the causes an action shares, listed above its steps: "Possible causes". */
  possibleCauses: string;
  /** Lead of an action's steps when its causes are shown above them: "What to do". */
  stepsLabel: string;
  /** Lead of the step that shows fix text the documentation gives as free text. */
  followInstructions: string;
  /** Question asked at the end of every path: after each derived fix, and after an authored flow's last step. */
  didThisFix: string;
  /** Text of the question step added when a "no" would end a flow as if it were fixed. */
  endOfSteps: string;
  /** Text of the only step of an error that documents no fix at all. */
  noKnownFix: string;
  /** Answer and edge labels. */
  yes: string;
  no: string;
  /** Labels of the two ends of a flow. */
  done: string;
  escalate: string;
  /** Progress in the guided view; `{number}` and `{total}` are step counts. */
  progress: string;
  /** At `done`, before the step the reader said fixed it; `{number}` is its step number. */
  fixedBy: string;
  /** What to do when no step fixed the problem. */
  escalation: EscalationStrings;
  /** The lines of the text copied for a support ticket. */
  ticket: TicketStrings;
}

/**
 * The escalation texts: what to collect before asking for help, and where to ask. The product's own items
 * (versions, logs) and its support channels come from the article's front matter (`support`).
 */
export interface EscalationStrings {
  /** One sentence leading into the list. */
  intro: string;
  /** The error code and message; `{codes}` and `{message}` are filled from the error. */
  errorCodeAndMessage: string;
  /** Used instead of `errorCodeAndMessage` when the flow is not about one error. */
  errorMessageOnly: string;
  /** When it happened. */
  time: string;
  /** Leads into the article's support channels (links). */
  help: string;
  /** Said instead when the article names no support channel. */
  noContacts: string;
}

/** English flow texts (tests and defaults read them). */
export const enFlowStrings: FlowStrings = en.flow;
/** Swedish flow texts. */
export const svFlowStrings: FlowStrings = sv.flow;

/** The flow texts of a locale (its language's, English for any it lacks); see `lib/i18n/translation.ts`. */
export function getFlowStrings(locale: Locale): FlowStrings {
  return getTranslation(locale).flow;
}
