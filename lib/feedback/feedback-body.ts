/**
 * Reading a feedback post, as JSON (scripts, the page with JavaScript) or as a plain HTML form (the page
 * without JavaScript, which then gets a 303 back to where it came from). Web-standard Request only.
 */
import type { z } from "zod";

/** Largest body read: a 1,000-character comment in any script, with the other fields, fits many times over. */
export const MAX_FEEDBACK_BODY_BYTES = 16_384;
/** Form fields that are part of the feedback request; anything else in a form is ignored. */
const FORM_FIELDS = ["locale", "errorId", "causeId", "flowId", "stepId", "outcome", "comment"] as const;

export type FeedbackBody =
  | { ok: true; form: boolean; fields: Record<string, unknown>; returnTo?: string }
  | { ok: false; status: 400 | 413 | 415; field?: string; message: string };

export async function readFeedbackBody(request: Request): Promise<FeedbackBody> {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  const form = type === "application/x-www-form-urlencoded";
  if (type !== "application/json" && !form && type !== "text/plain")
    return { ok: false, status: 415, message: "send JSON (Content-Type: application/json) or an HTML form" };
  const text = await readLimitedText(request, MAX_FEEDBACK_BODY_BYTES);
  if (text === undefined)
    return { ok: false, status: 413, message: `body: at most ${MAX_FEEDBACK_BODY_BYTES} bytes` };
  if (form) {
    const params = new URLSearchParams(text);
    const fields: Record<string, string> = {};
    for (const name of FORM_FIELDS) {
      const value = params.get(name);
      // An empty form field (an untouched comment box) means "not given".
      if (value !== null && value.trim() !== "") fields[name] = value;
    }
    const returnTo = params.get("return") ?? undefined;
    return { ok: true, form: true, fields, ...(returnTo ? { returnTo } : {}) };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, status: 400, field: "body", message: "body: not valid JSON" };
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
    return { ok: false, status: 400, field: "body", message: "body: a JSON object is expected" };
  return { ok: true, form: false, fields: parsed as Record<string, unknown> };
}

/** The body as text, or undefined when it is longer than `limit` bytes (stops reading there). */
async function readLimitedText(request: Request, limit: number): Promise<string | undefined> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) return undefined;
  if (!request.body) return "";
  const reader = request.body.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return undefined;
    }
    parts.push(value);
  }
  return Buffer.concat(parts).toString("utf8");
}

/** The first problem of a failed parse as `field: what to fix`, naming the field. */
export function describeFieldError(error: z.ZodError): { field: string; message: string } {
  const issue = error.issues[0];
  if (!issue) return { field: "body", message: "body: invalid" };
  if (issue.code === "unrecognized_keys") {
    const field = issue.keys[0] ?? "body";
    return { field, message: `${field}: unknown field` };
  }
  const field = issue.path.length > 0 ? issue.path.map(String).join(".") : "body";
  return { field, message: `${field}: ${issue.message}` };
}

/** Where a form post goes back to: the `return` path when it is a path of this site, else `fallback`. */
export function safeReturnPath(value: string | undefined, fallback: string): string {
  if (!value || value.length > 2_000 || !/^\/(?![/\\])/.test(value) || /[\u0000-\u001f\\]/.test(value))
    return fallback;
  try {
    const base = "http://fixpath.invalid";
    const url = new URL(value, base);
    if (url.origin !== base) return fallback;
    // Only a plain element id may follow `#`: the page shows the answer's state by that fragment.
    const hash = /^#[a-z0-9-]{1,100}$/.test(url.hash) ? url.hash : "";
    return `${url.pathname}${url.search}${hash}`;
  } catch {
    return fallback;
  }
}

/** What a form page shows after a post, as the suffix of the control's fragment (`#fb-cause-1-thanks`). */
export type FormState = "thanks" | "comment" | "failed" | "busy";

/** `returnTo` with the state appended to its fragment (or as the fragment, when it has none). */
export function withFormState(returnTo: string, state: FormState): string {
  const hashAt = returnTo.indexOf("#");
  return hashAt >= 0 ? `${returnTo}-${state}` : `${returnTo}#feedback-${state}`;
}
