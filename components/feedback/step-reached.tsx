"use client";
// Tells the server that a guided-fix step (or an end) was shown, once per step shown, so maintainers see where
// readers leave a fix. Renders nothing; without JavaScript nothing is sent.
import { useEffect, useRef } from "react";
import type { FeedbackSubject } from "./outcome-question";
import { postFeedback } from "./post-feedback";

export function StepReached({
  subject,
}: {
  subject: Required<Pick<FeedbackSubject, "flowId" | "stepId">> & FeedbackSubject;
}) {
  const sent = useRef<string | undefined>(undefined);
  const body = JSON.stringify({ ...subject, outcome: "reached" });
  useEffect(() => {
    // Effects run twice in development; the same step is reported once.
    if (sent.current === body) return;
    sent.current = body;
    // keepalive: the report still goes out when the reader leaves the page right away.
    void postFeedback(body, { keepalive: true });
  }, [body]);
  return null;
}
