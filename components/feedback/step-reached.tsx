"use client";
// Tells the server that a guided-fix step (or an end) was shown, once per step shown, so maintainers see where
// readers leave a fix. Renders nothing; without JavaScript nothing is sent.
import { useEffect, useRef } from "react";
import type { FeedbackSubject } from "./outcome-question";

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
    void fetch("/api/v1/feedback", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body,
      keepalive: true,
    }).catch(() => undefined);
  }, [body]);
  return null;
}
