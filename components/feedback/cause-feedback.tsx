// The feedback block under one cause (or under an error's fixes when it has no causes): its success rate
// once known, and "Did this fix it?".
import { getFeedbackStrings } from "@/lib/feedback/feedback-strings";
import { OutcomeQuestion } from "./outcome-question";
import { SuccessNote } from "./success-note";

interface CauseFeedbackProps {
  locale: string;
  errorId: string;
  /** The cause, or undefined for an error without causes. */
  causeId?: string;
  /** The page a form post returns to, e.g. `/sv/errors/x` or `/embed/sv/errors/x?theme=dark`. */
  returnPath: string;
}

export function CauseFeedback({ locale, errorId, causeId, returnPath }: CauseFeedbackProps) {
  const strings = getFeedbackStrings(locale);
  return (
    <>
      <SuccessNote
        errorId={errorId}
        locale={locale}
        template={strings.successNote}
        {...(causeId ? { causeId } : {})}
      />
      <OutcomeQuestion
        subject={{ locale, errorId, ...(causeId ? { causeId } : {}) }}
        anchor={`fb-${causeId ?? "error"}`}
        returnPath={returnPath}
        strings={strings}
        mode="vote"
      />
    </>
  );
}
