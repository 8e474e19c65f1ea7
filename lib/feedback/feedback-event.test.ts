import { describe, expect, it } from "vitest";
import type { Catalog, ErrorEntry, Flow } from "../schema/entities";
import type { FeedbackRequest } from "../schema/feedback";
import { checkFeedbackSubject, dedupeKeyOf, toFeedbackEventRow, voterSubjectOf } from "./feedback-event";

const step = { markdown: "Restart the agent.", text: "Restart the agent.", commands: [], links: [] };
const source = { file: "x.mdx", line: 1, column: 1 };
const error: ErrorEntry = {
  id: "e",
  locale: "en",
  article: "a",
  title: "E",
  codes: ["1"],
  message: "",
  causes: [{ id: "disk-full", title: "Disk full", explanation: "", explanationMarkdown: "" }],
  actions: [{ id: "fix-restart", causes: ["disk-full"], steps: [step] }],
  source,
};
const flow: Flow = {
  id: "restore",
  locale: "en",
  article: "a",
  title: "Restore",
  kind: "procedure",
  intro: "",
  steps: [{ id: "step-1", text: "Open the console.", commands: [] }],
  source,
};
const catalog: Catalog = { articles: [], errors: [error], flows: [flow], diagnostics: [] };
const check = (request: Partial<FeedbackRequest>) =>
  checkFeedbackSubject({ locale: "en", outcome: "fixed", ...request }, catalog);

describe("checking what an answer is about", () => {
  it("accepts ids the catalog has in that locale", () => {
    expect(check({ errorId: "e", causeId: "disk-full" })).toEqual({ ok: true });
    expect(check({ errorId: "e", flowId: "e", stepId: "fix-restart", outcome: "reached" })).toEqual({
      ok: true,
    });
    expect(check({ errorId: "e", flowId: "e", stepId: "escalate", outcome: "reached" })).toEqual({
      ok: true,
    });
    expect(check({ flowId: "restore", stepId: "step-1", outcome: "reached" })).toEqual({ ok: true });
  });

  it("names the field of an id it does not have", () => {
    expect(check({ errorId: "nope" })).toMatchObject({ ok: false, field: "errorId" });
    expect(check({ errorId: "e", locale: "sv" } as Partial<FeedbackRequest>)).toMatchObject({
      field: "errorId",
    });
    expect(check({ errorId: "e", causeId: "nope" })).toMatchObject({ field: "causeId" });
    expect(check({ errorId: "e", flowId: "restore" })).toMatchObject({ field: "flowId" });
    expect(check({ errorId: "e", flowId: "e", stepId: "step-1", outcome: "reached" })).toMatchObject({
      field: "stepId",
    });
    // A cause fixed by an action is no step of its own: its action is.
    expect(check({ errorId: "e", flowId: "e", stepId: "cause.disk-full", outcome: "reached" })).toMatchObject(
      { field: "stepId" },
    );
    expect(check({ flowId: "nope" })).toMatchObject({ field: "flowId" });
  });
});

describe("what one voter may answer once a day", () => {
  it("is one vote per cause wherever it was given, and one report per step", () => {
    const onPage = dedupeKeyOf({ locale: "en", errorId: "e", causeId: "disk-full", outcome: "fixed" });
    const atDone = dedupeKeyOf({
      locale: "sv",
      errorId: "e",
      causeId: "disk-full",
      flowId: "e",
      stepId: "done",
      outcome: "not-fixed",
    });
    expect(atDone).toBe(onPage);
    expect(
      dedupeKeyOf({ locale: "en", errorId: "e", flowId: "e", stepId: "fix-restart", outcome: "reached" }),
    ).not.toBe(onPage);
    expect(voterSubjectOf({ locale: "en", flowId: "restore", outcome: "fixed" })).toBe("flow:restore");
  });

  it("stores no comment without one, and masks contact details in one", () => {
    const row = toFeedbackEventRow(
      { locale: "en", errorId: "e", outcome: "not-fixed", comment: "mail me at anna@example.com" },
      "hash",
      Date.UTC(2025, 2, 10),
    );
    expect(row).toMatchObject({
      day: "2025-03-10",
      cause_id: "",
      comment: "mail me at ‹email›",
      voter_hash: "hash",
    });
    expect(toFeedbackEventRow({ locale: "en", errorId: "e", outcome: "fixed" }, "h", 0).comment).toBeNull();
  });
});
