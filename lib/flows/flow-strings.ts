// The localized texts of fix flows (derived steps, answers, ends, progress and escalation), per locale.
// Product facts (what to collect, where to ask) are content: they come from the article's `support`.
import type { Locale } from "../schema/entities";
import type { TicketStrings } from "./describe-ticket";

/** Texts a flow needs in one locale. `{name}` marks a value filled in by the caller. */
export interface FlowStrings {
  /** Heading of a derived "check this cause" step; `{cause}` is the cause title. */
  checkCause: string;
  /** Question asked after the last fix of a cause (or of an error without causes). */
  didThisFix: string;
  /** Text of the only step of an error that lists no fix at all. */
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

export const svFlowStrings: FlowStrings = {
  checkCause: "Kontrollera: {cause}",
  didThisFix: "Löste det problemet?",
  noKnownFix: "Det finns ingen beskriven åtgärd för det här felet.",
  yes: "Ja",
  no: "Nej",
  done: "Problemet är löst",
  escalate: "Kontakta support",
  progress: "Steg {number} av {total}",
  fixedBy: "Det här löste det (steg {number}):",
  escalation: {
    intro: "Inget av stegen löste problemet. Samla in följande innan du ber om hjälp:",
    errorCodeAndMessage: "Felkoden och meddelandet: {codes}: {message}",
    errorMessageOnly: "Felkoden och meddelandet exakt som de visas.",
    time: "Datum och tid (med tidszon) då felet inträffade.",
    help: "Be om hjälp här och bifoga det du samlat in:",
    noContacts: "Be supporten för produkten om hjälp och bifoga det du samlat in.",
  },
  ticket: {
    heading: "Guidad åtgärd: {title}",
    error: "Fel {codes}: {message}",
    steps: "Steg som jag har provat:",
    position: "Nu vid: {position}",
    page: "Sida: {url}",
    date: "Datum: {date}",
  },
};

export const enFlowStrings: FlowStrings = {
  checkCause: "Check: {cause}",
  didThisFix: "Did this fix it?",
  noKnownFix: "No fix is described for this error.",
  yes: "Yes",
  no: "No",
  done: "Problem solved",
  escalate: "Contact support",
  progress: "Step {number} of {total}",
  fixedBy: "What fixed it (step {number}):",
  escalation: {
    intro: "None of the steps fixed the problem. Collect the following before you ask for help:",
    errorCodeAndMessage: "The error code and message: {codes}: {message}",
    errorMessageOnly: "The error code and message exactly as shown.",
    time: "The date and time (with time zone) the error happened.",
    help: "Ask for help here, and include what you collected:",
    noContacts: "Ask the team that supports this product for help, and include what you collected.",
  },
  ticket: {
    heading: "Guided fix: {title}",
    error: "Error {codes}: {message}",
    steps: "Steps I tried:",
    position: "Now at: {position}",
    page: "Page: {url}",
    date: "Date: {date}",
  },
};

const FLOW_STRINGS: Record<Locale, FlowStrings> = { sv: svFlowStrings, en: enFlowStrings };

/** The flow texts of a locale. */
export function getFlowStrings(locale: Locale): FlowStrings {
  return FLOW_STRINGS[locale];
}

/** Fills `{name}` placeholders; an unknown name is left as written so a typo shows instead of vanishing. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
