"use client";
// "Yes, it works now" at the done end of a static guided fix: the cause credited is the one of the step the
// reader answered Yes on, read from the trail in the URL (the page is the same for every trail). Without
// JavaScript the form posts without a cause, which still counts for the error.
import { useAnsweredStep } from "../flow/use-flow-trail";
import { OutcomeQuestion, type FeedbackSubject } from "./outcome-question";
import type { FeedbackStrings } from "@/lib/feedback/feedback-strings";

interface DoneOutcomeProps {
  subject: FeedbackSubject;
  causeIdByStep: Record<string, string>;
  returnPath: string;
  strings: FeedbackStrings;
}

export function DoneOutcome({ subject, causeIdByStep, returnPath, strings }: DoneOutcomeProps) {
  const answered = useAnsweredStep();
  const causeId =
    answered !== undefined && Object.hasOwn(causeIdByStep, answered) ? causeIdByStep[answered] : undefined;
  return (
    <OutcomeQuestion
      subject={{ ...subject, ...(causeId ? { causeId } : {}) }}
      anchor="fb-done"
      returnPath={returnPath}
      strings={strings}
      mode="confirm"
    />
  );
}
