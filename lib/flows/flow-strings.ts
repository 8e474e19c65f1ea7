// The localized texts of fix flows (derived steps, answers, ends, progress and escalation), per locale.
import type { Locale } from "../schema/entities";

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
  /** What to do when no step fixed the problem. */
  escalation: EscalationStrings;
}

/** The escalation texts: what to collect before asking for help, and where to ask. */
export interface EscalationStrings {
  /** One sentence leading into the list. */
  intro: string;
  /** Where the agent version is shown. */
  agentVersion: string;
  /** The error code and message; `{codes}` and `{message}` are filled from the error. */
  errorCodeAndMessage: string;
  /** Used instead of `errorCodeAndMessage` when the flow is not about one error. */
  errorMessageOnly: string;
  /** When it happened. */
  time: string;
  /** Which logs to attach and where they are. */
  logs: string;
  /** Where to ask for help. */
  help: string;
}

// The log folder is the MARS agent's default install path; it is a fact of the product, not prose.
const MARS_LOG_FOLDER = "C:\\Program Files\\Microsoft Azure Recovery Services Agent\\Temp";

export const svFlowStrings: FlowStrings = {
  checkCause: "Kontrollera: {cause}",
  causeLabel: "Orsak",
  possibleCauses: "Möjliga orsaker",
  stepsLabel: "Gör så här",
  followInstructions: "Följ de här anvisningarna",
  didThisFix: "Löste det problemet?",
  endOfSteps: "Det här var det sista steget.",
  noKnownFix: "Det finns ingen dokumenterad åtgärd för det här felet.",
  yes: "Ja",
  no: "Nej",
  done: "Problemet är löst",
  escalate: "Kontakta support",
  progress: "Steg {number} av {total}",
  escalation: {
    intro: "Inget av stegen löste problemet. Samla in följande innan du ber om hjälp:",
    agentVersion:
      "Agentens version (i MARS-konsolen: Åtgärder > Om Microsoft Azure Recovery Services Agent).",
    errorCodeAndMessage: "Felkoden och meddelandet: {codes}: {message}",
    errorMessageOnly: "Felkoden och meddelandet exakt som de visas.",
    time: "Datum och tid (med tidszon) då felet inträffade.",
    logs: `Loggarna: CBEngine-loggarna i ${MARS_LOG_FOLDER}.`,
    help: "Skapa en supportbegäran i Azure-portalen (Hjälp + support) eller fråga på Microsoft Q&A.",
  },
};

export const enFlowStrings: FlowStrings = {
  checkCause: "Check: {cause}",
  causeLabel: "Cause",
  possibleCauses: "Possible causes",
  stepsLabel: "What to do",
  followInstructions: "Follow these instructions",
  didThisFix: "Did this fix it?",
  endOfSteps: "That was the last step.",
  noKnownFix: "No fix is documented for this error.",
  yes: "Yes",
  no: "No",
  done: "Problem solved",
  escalate: "Contact support",
  progress: "Step {number} of {total}",
  escalation: {
    intro: "None of the steps fixed the problem. Collect the following before you ask for help:",
    agentVersion:
      "The agent version (in the MARS console: Actions > About Microsoft Azure Recovery Services Agent).",
    errorCodeAndMessage: "The error code and message: {codes}: {message}",
    errorMessageOnly: "The error code and message exactly as shown.",
    time: "The date and time (with time zone) the error happened.",
    logs: `The logs: the CBEngine logs in ${MARS_LOG_FOLDER}.`,
    help: "Open a support request in the Azure portal (Help + support) or ask on Microsoft Q&A.",
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
