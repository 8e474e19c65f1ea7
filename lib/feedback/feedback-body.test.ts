import { describe, expect, it } from "vitest";
import { FeedbackRequestSchema } from "../schema/feedback";
import { describeFieldError, readFeedbackBody, safeReturnPath, withFormState } from "./feedback-body";

const post = (body: string, type: string) =>
  new Request("http://localhost/api/v1/feedback", {
    method: "POST",
    body,
    headers: { "content-type": type },
  });

describe("reading a feedback post", () => {
  it("reads JSON objects and refuses other JSON", async () => {
    expect(await readFeedbackBody(post('{"outcome":"fixed"}', "application/json"))).toEqual({
      ok: true,
      form: false,
      fields: { outcome: "fixed" },
    });
    expect(await readFeedbackBody(post("[1]", "application/json"))).toMatchObject({ ok: false, status: 400 });
    expect(await readFeedbackBody(post("{", "application/json"))).toMatchObject({ ok: false, field: "body" });
  });

  it("reads forms, dropping empty fields and keeping the return path apart", async () => {
    const body =
      "locale=sv&errorId=x&outcome=not-fixed&comment=&return=%2Fsv%2Ferrors%2Fx%23fb-cause-1&extra=1";
    expect(await readFeedbackBody(post(body, "application/x-www-form-urlencoded"))).toEqual({
      ok: true,
      form: true,
      fields: { locale: "sv", errorId: "x", outcome: "not-fixed" },
      returnTo: "/sv/errors/x#fb-cause-1",
    });
  });

  it("refuses bodies that are too large or of another type", async () => {
    expect(await readFeedbackBody(post(`{"c":"${"x".repeat(20_000)}"}`, "application/json"))).toMatchObject({
      status: 413,
    });
    expect(await readFeedbackBody(post("<x/>", "application/xml"))).toMatchObject({ status: 415 });
  });
});

describe("field errors", () => {
  it("name the field", () => {
    const result = FeedbackRequestSchema.safeParse({ locale: "sv", errorId: "x", outcome: "maybe" });
    expect(result.success).toBe(false);
    if (!result.success) expect(describeFieldError(result.error).field).toBe("outcome");
    const extra = FeedbackRequestSchema.safeParse({ locale: "sv", errorId: "x", outcome: "fixed", vote: 1 });
    if (!extra.success)
      expect(describeFieldError(extra.error)).toEqual({ field: "vote", message: "vote: unknown field" });
    const long = FeedbackRequestSchema.safeParse({
      locale: "sv",
      errorId: "x",
      outcome: "not-fixed",
      comment: "é".repeat(1001),
    });
    if (!long.success) expect(describeFieldError(long.error).field).toBe("comment");
    expect(
      FeedbackRequestSchema.safeParse({
        locale: "sv",
        errorId: "x",
        outcome: "not-fixed",
        comment: "👍".repeat(1000),
      }).success,
    ).toBe(true);
  });
});

describe("the way back after a form post", () => {
  it("accepts paths of this site only", () => {
    expect(safeReturnPath("/sv/errors/x#fb-cause-1", "/f")).toBe("/sv/errors/x#fb-cause-1");
    expect(safeReturnPath("/sv/errors/x/fix?step=done&trail=a,b#fb-flow", "/f")).toBe(
      "/sv/errors/x/fix?step=done&trail=a,b#fb-flow",
    );
    for (const hostile of [
      "//evil.example/x",
      "https://evil.example",
      "/\\evil.example",
      "javascript:alert(1)",
      "/x\n",
    ])
      expect(safeReturnPath(hostile, "/f")).toBe("/f");
    expect(safeReturnPath("/x#<script>", "/f")).toBe("/x");
  });

  it("appends the state to the control's fragment", () => {
    expect(withFormState("/sv/errors/x#fb-cause-1", "thanks")).toBe("/sv/errors/x#fb-cause-1-thanks");
    expect(withFormState("/sv/errors/x", "failed")).toBe("/sv/errors/x#feedback-failed");
  });
});
