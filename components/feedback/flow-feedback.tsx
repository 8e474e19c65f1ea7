// Feedback inside a guided fix: every step shown is reported (drop-off), and the done end asks the reader to
// confirm that the problem is gone, crediting the cause whose fix they said worked.
import { getFeedbackStrings } from "@/lib/feedback/feedback-strings";
import { OutcomeQuestion } from "./outcome-question";
import { StepReached } from "./step-reached";
import { DoneOutcome } from "./done-outcome";

interface FlowFeedbackProps {
  locale: string;
  /** The flow: the error's id for an error's guided fix, or an authored flow's id. */
  flowId: string;
  /** The error of a derived guided fix. */
  errorId?: string;
  /** The step shown, or `done` / `escalate`. */
  position: string;
  /** At `done`: the cause whose fix the reader said worked. */
  causeId?: string;
  /** At `done` on a static page: the cause credited for each step the reader may have answered Yes on. */
  causeIdByStep?: Record<string, string>;
  /** The page a form post returns to (the current step's URL). */
  returnPath: string;
}

export function FlowFeedback({
  locale,
  flowId,
  errorId,
  position,
  causeId,
  causeIdByStep,
  returnPath,
}: FlowFeedbackProps) {
  const subject = { locale, flowId, ...(errorId ? { errorId } : {}) };
  return (
    <>
      <StepReached subject={{ ...subject, stepId: position }} />
      {position === "done" && causeIdByStep && (
        <DoneOutcome
          subject={{ ...subject, stepId: "done" }}
          causeIdByStep={causeIdByStep}
          returnPath={returnPath}
          strings={getFeedbackStrings(locale)}
        />
      )}
      {position === "done" && !causeIdByStep && (
        <OutcomeQuestion
          subject={{ ...subject, stepId: "done", ...(causeId ? { causeId } : {}) }}
          anchor="fb-done"
          returnPath={returnPath}
          strings={getFeedbackStrings(locale)}
          mode="confirm"
        />
      )}
    </>
  );
}
