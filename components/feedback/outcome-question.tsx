"use client";
// "Did this fix it?" with Yes/No (or, at the end of a guided fix, "Yes, it works now"), and a comment after a
// No. Plain forms that work without JavaScript (POST, then 303 back to #<anchor>-<state>); with JavaScript the
// same forms post JSON and the answer's state shows without a reload.
import { useEffect, useRef, useState, type FormEvent } from "react";
import type { FeedbackStrings } from "@/lib/feedback/feedback-strings";
import { MAX_COMMENT_CHARS } from "@/lib/schema/feedback-limits";
import styles from "./feedback.module.css";

/** What the answer is about: the ids of `POST /api/v1/feedback`. */
export interface FeedbackSubject {
  locale: string;
  errorId?: string;
  causeId?: string;
  flowId?: string;
  stepId?: string;
}

type State = "idle" | "sending" | "comment" | "thanks" | "failed" | "busy";

interface OutcomeQuestionProps {
  subject: FeedbackSubject;
  /** Element id of the control, unique on the page, e.g. `fb-cause-1`; states are `<anchor>-thanks` etc. */
  anchor: string;
  /** The page to come back to after a form post, e.g. `/sv/errors/x` (the anchor is appended). */
  returnPath: string;
  strings: FeedbackStrings;
  /** `vote`: Yes and No; `confirm`: only "Yes, it works now". */
  mode: "vote" | "confirm";
}

export function OutcomeQuestion({ subject, anchor, returnPath, strings, mode }: OutcomeQuestionProps) {
  const [state, setState] = useState<State>("idle");
  const comment = useRef<HTMLTextAreaElement>(null);
  const back = `${returnPath}#${anchor}`;

  async function send(outcome: "fixed" | "not-fixed", text?: string) {
    setState("sending");
    const body = { ...subject, outcome, ...(text ? { comment: text } : {}) };
    const response = await fetch("/api/v1/feedback", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    }).catch(() => undefined);
    if (response?.status === 202) {
      const next = outcome === "not-fixed" && !text ? "comment" : "thanks";
      setState(next);
    } else setState(response?.status === 429 ? "busy" : "failed");
  }

  // The comment box appears in place of the question: take the reader's focus there.
  useEffect(() => {
    if (state === "comment") comment.current?.focus();
  }, [state]);

  function onAnswer(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    void send(submitter?.value === "not-fixed" ? "not-fixed" : "fixed");
  }

  function onComment(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = comment.current?.value.trim() ?? "";
    if (text) void send("not-fixed", text);
    else setState("thanks");
  }

  const shown = (which: State) => (state === which ? { "data-shown": "" } : {});
  const hiddenFields = (
    <>
      {Object.entries(subject).map(([name, value]) =>
        value ? <input key={name} type="hidden" name={name} value={value} /> : null,
      )}
      <input type="hidden" name="return" value={back} />
    </>
  );
  const answered = state === "comment" || state === "thanks";
  const question = mode === "vote" ? strings.didThisFix : strings.confirmQuestion;

  return (
    <div
      id={anchor}
      className={`${styles.control} no-print mt-3 border-t border-line pt-3`}
      data-feedback={anchor}
    >
      <form
        method="post"
        action="/api/v1/feedback"
        onSubmit={onAnswer}
        className={`${styles.question} flex flex-wrap items-center gap-2`}
        hidden={answered}
      >
        {hiddenFields}
        <span className="font-semibold" id={`${anchor}-question`}>
          {question}
        </span>
        <button
          type="submit"
          name="outcome"
          value="fixed"
          disabled={state === "sending"}
          aria-describedby={`${anchor}-question`}
          className="rounded border border-ok px-3 py-1 font-semibold text-ok hover:bg-card disabled:opacity-60"
        >
          {mode === "vote" ? strings.yes : strings.confirmYes}
        </button>
        {mode === "vote" && (
          <button
            type="submit"
            name="outcome"
            value="not-fixed"
            disabled={state === "sending"}
            aria-describedby={`${anchor}-question`}
            className="rounded border border-danger px-3 py-1 font-semibold text-danger hover:bg-card disabled:opacity-60"
          >
            {strings.no}
          </button>
        )}
        {state === "sending" && (
          <span role="status" className="text-sm text-muted">
            {strings.sending}
          </span>
        )}
      </form>
      <p
        id={`${anchor}-thanks`}
        role="status"
        className={`${styles.state} ${styles.done} text-ok`}
        {...shown("thanks")}
      >
        {strings.thanks}
      </p>
      <form
        id={`${anchor}-comment`}
        method="post"
        action="/api/v1/feedback"
        onSubmit={onComment}
        className={`${styles.state} ${styles.done} space-y-2`}
        {...shown("comment")}
      >
        {hiddenFields}
        <input type="hidden" name="outcome" value="not-fixed" />
        <label htmlFor={`${anchor}-text`} className="block font-semibold">
          {strings.commentLabel}
        </label>
        <textarea
          ref={comment}
          id={`${anchor}-text`}
          name="comment"
          rows={3}
          maxLength={MAX_COMMENT_CHARS}
          aria-describedby={`${anchor}-hint`}
          className="block w-full rounded border border-line bg-page p-2 text-ink"
        />
        <p id={`${anchor}-hint`} className="text-sm text-muted">
          {strings.commentHint}
        </p>
        <div className="flex flex-wrap gap-2">
          <button type="submit" className="rounded bg-accent px-3 py-1 font-semibold text-accent-ink">
            {strings.commentSend}
          </button>
          <a
            href={`#${anchor}-thanks`}
            onClick={(event) => {
              event.preventDefault();
              setState("thanks");
            }}
            className="rounded border border-line px-3 py-1"
          >
            {strings.commentSkip}
          </a>
        </div>
      </form>
      <p
        id={`${anchor}-failed`}
        role="alert"
        className={`${styles.state} mt-2 text-danger`}
        {...shown("failed")}
      >
        {strings.notSaved}
      </p>
      <p id={`${anchor}-busy`} role="alert" className={`${styles.state} mt-2 text-danger`} {...shown("busy")}>
        {strings.tooMany}
      </p>
    </div>
  );
}
