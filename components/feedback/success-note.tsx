"use client";
// "Fixed it for 83 % of 120 people" next to a cause, once enough readers answered. Read in the browser from
// GET /api/v1/errors/{id}/outcomes (one request per page), so error pages stay static.
import { useEffect, useState } from "react";
import { describeSuccess, type CauseSuccess } from "@/lib/feedback/outcome-summary";

interface OutcomesAnswer {
  causes: Array<{ causeId: string | null; fixed: number; answers: number }>;
}

const answers = new Map<string, Promise<OutcomesAnswer | undefined>>();

function loadOutcomes(errorId: string, locale: string): Promise<OutcomesAnswer | undefined> {
  let answer = answers.get(errorId);
  if (!answer) {
    answer = fetch(
      `/api/v1/errors/${encodeURIComponent(errorId)}/outcomes?locale=${encodeURIComponent(locale)}`,
    )
      .then((response) => (response.ok ? (response.json() as Promise<OutcomesAnswer>) : undefined))
      .catch(() => undefined);
    answers.set(errorId, answer);
  }
  return answer;
}

interface SuccessNoteProps {
  errorId: string;
  /** The cause, or undefined for the error as a whole. */
  causeId?: string;
  locale: string;
  /** The sentence with `{percent}` and `{count}`. */
  template: string;
}

export function SuccessNote({ errorId, causeId, locale, template }: SuccessNoteProps) {
  const [success, setSuccess] = useState<CauseSuccess | undefined>();
  useEffect(() => {
    let current = true;
    void loadOutcomes(errorId, locale).then((answer) => {
      const found = answer?.causes.find((c) => (c.causeId ?? "") === (causeId ?? ""));
      if (current && found)
        setSuccess({ causeId: causeId ?? "", fixed: found.fixed, answers: found.answers });
    });
    return () => {
      current = false;
    };
  }, [errorId, causeId, locale]);
  if (!success) return null;
  return (
    <p
      className="mt-2 inline-block rounded-full border border-ok px-2 text-sm font-semibold text-ok"
      data-success-note
    >
      {describeSuccess(template, locale, success)}
    </p>
  );
}
