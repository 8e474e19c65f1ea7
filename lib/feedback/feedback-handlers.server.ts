/**
 * Server adapter (uses Next.js): the feedback endpoints as request → response, so the route files stay one
 * line each. POST /api/v1/feedback (JSON → 202/400/404/429/503, HTML form → 303 back to the page),
 * POST /api/v1/searches (a search the browser answered), GET /api/v1/errors/{id}/outcomes.
 */
import { headers } from "next/headers";
import { NextResponse, type NextRequest } from "next/server";
import type { SearchResponse } from "../search/search-types";
import { getCatalog, isServedLocale } from "../content/source.server";
import {
  FeedbackRequestSchema,
  INSIGHTS_TABLES,
  SearchReportSchema,
  type FeedbackRequest,
  type Insights,
  type InsightsTable,
} from "../schema/feedback";
import { IdSchema } from "../schema/entities";
import { searchContent } from "../site/search-service.server";
import { errorPath, flowPath } from "../site/urls";
import { sendError } from "../api/api-response";
import { checkFeedbackSubject } from "./feedback-event";
import {
  describeFieldError,
  readFeedbackBody,
  safeReturnPath,
  withFormState,
  type FormState,
} from "./feedback-body";
import {
  FeedbackUnavailableError,
  readCauseSuccess,
  readInsights,
  recordSearch,
  submitFeedback,
  takeFeedbackToken,
} from "./feedback-service.server";
import { MIN_ANSWERS_TO_SHOW } from "./outcome-summary";
import {
  ADMIN_COOKIE,
  createSessionValue,
  hasBearerToken,
  isValidSession,
  matchesToken,
  readAdminToken,
  sessionCookieOptions,
} from "./admin-session";
import { INSIGHTS_COLUMNS, insightsTableRows, readInsightsPeriod, toCsv } from "./insights";
import { buildInsightsLabels, type InsightsLabels } from "./insights-labels";
import { DEFAULT_LOCALE } from "../i18n/negotiate-locale";
import { createVoterToken, readVoterToken, VOTER_COOKIE, VOTER_COOKIE_MAX_AGE_S } from "./voter";

/** Whether the site is served over https here (directly or behind a proxy that says so). */
export function isSecureRequest(request: NextRequest): boolean {
  return request.headers.get("x-forwarded-proto") === "https" || request.nextUrl.protocol === "https:";
}

/**
 * Browsers say where a request comes from; a page of another site must not cast votes in a visitor's name.
 * Scripts and tools send no such header and are let through (they are rate-limited like everyone).
 */
function isCrossSite(request: NextRequest): boolean {
  const site = request.headers.get("sec-fetch-site");
  return site === "cross-site" || site === "same-site";
}

function fieldError(status: 400 | 404, field: string, message: string): Response {
  return Response.json(
    { error: { status, message, field } },
    { status, headers: { "Cache-Control": "no-store" } },
  );
}

/** POST /api/v1/feedback */
export async function handleFeedbackPost(request: NextRequest): Promise<Response> {
  if (isCrossSite(request)) return sendError(403, "feedback is only taken from this site's own pages");
  const body = await readFeedbackBody(request);
  if (!body.ok) {
    return body.status === 400
      ? fieldError(400, body.field ?? "body", body.message)
      : sendError(body.status, body.message);
  }
  const parsed = FeedbackRequestSchema.safeParse(body.fields);
  if (!parsed.success) {
    const { field, message } = describeFieldError(parsed.error);
    return fieldError(400, field, message);
  }
  const feedback = parsed.data;
  const subject = checkFeedbackSubject(feedback, await getCatalog());
  if (!subject.ok) return fieldError(404, subject.field, `${subject.field}: ${subject.message}`);

  const back = body.form ? safeReturnPath(body.returnTo, defaultReturnPath(feedback)) : undefined;
  const answer = (status: 202 | 429 | 503, state: FormState, retryAfter?: number) => {
    if (back !== undefined) return seeOther(withFormState(back, state));
    if (status === 202)
      return NextResponse.json({ accepted: true }, { status: 202, headers: { "Cache-Control": "no-store" } });
    return status === 429
      ? sendError(429, "too many answers from this address: try again later", {
          "Retry-After": String(retryAfter ?? 60),
        })
      : sendError(
          503,
          "the answer could not be saved: the feedback database is unavailable, try again later",
        );
  };

  const allowed = takeFeedbackToken(request.headers);
  if (!allowed.ok) return answer(429, "busy", allowed.retryAfter);
  const known = readVoterToken(request.cookies.get(VOTER_COOKIE)?.value);
  const token = known ?? createVoterToken();
  try {
    await submitFeedback(feedback, token);
  } catch (error) {
    if (error instanceof FeedbackUnavailableError) return answer(503, "failed");
    throw error;
  }
  const response = answer(202, feedback.outcome === "not-fixed" && !feedback.comment ? "comment" : "thanks");
  if (!known) setVoterCookie(response as NextResponse, token, isSecureRequest(request));
  return response;
}

/**
 * 303 to a path of this site. The Location stays relative: Next.js sees the host as `localhost` when bound to
 * 127.0.0.1, and behind a proxy the public host is not ours to guess, while the browser resolves a relative
 * Location against the address it actually used.
 */
function seeOther(path: string): NextResponse {
  return new NextResponse(null, { status: 303, headers: { Location: path, "Cache-Control": "no-store" } });
}

/** Where a form post returns to when its own `return` is missing or not a path of this site. */
function defaultReturnPath(feedback: FeedbackRequest): string {
  if (feedback.errorId) return errorPath(feedback.locale, feedback.errorId);
  return flowPath(feedback.locale, feedback.flowId ?? "");
}

/**
 * The voter cookie: first-party, HttpOnly, a year. Over https it is `SameSite=None; Secure; Partitioned`, so an
 * embed in another site keeps one voter per reader (in that site's partition only); over plain http it is Lax.
 */
function setVoterCookie(response: NextResponse, token: string, secure: boolean) {
  response.cookies.set(VOTER_COOKIE, token, {
    httpOnly: true,
    path: "/",
    maxAge: VOTER_COOKIE_MAX_AGE_S,
    ...(secure
      ? { sameSite: "none" as const, secure: true, partitioned: true }
      : { sameSite: "lax" as const }),
  });
}

/** POST /api/v1/searches: a search the browser answered itself; searched again here, then recorded. */
export async function handleSearchReport(request: NextRequest): Promise<Response> {
  if (isCrossSite(request)) return sendError(403, "searches are only taken from this site's own pages");
  const body = await readFeedbackBody(request);
  if (!body.ok)
    return body.status === 400
      ? fieldError(400, body.field ?? "body", body.message)
      : sendError(body.status, body.message);
  const parsed = SearchReportSchema.safeParse(body.fields);
  if (!parsed.success) {
    const { field, message } = describeFieldError(parsed.error);
    return fieldError(400, field, message);
  }
  const allowed = takeFeedbackToken(request.headers);
  if (!allowed.ok)
    return sendError(429, "too many searches reported from this address", {
      "Retry-After": String(allowed.retryAfter),
    });
  const { locale, query, source } = parsed.data;
  // Any language tag is well formed; only the portal's own locales are searched (and counted).
  if (!(await isServedLocale(locale)))
    return fieldError(400, "locale", `locale: "${locale}" is not a locale this portal serves`);
  recordSearch(await searchContent(query, { locale }), locale, source);
  return NextResponse.json({ accepted: true }, { status: 202, headers: { "Cache-Control": "no-store" } });
}

/** GET /api/v1/errors/{id}/outcomes: the success rates shown next to causes (enough answers only). */
export async function handleOutcomesGet(request: NextRequest, id: string): Promise<Response> {
  if (!IdSchema.safeParse(id).success) return sendError(404, "no error with this id");
  const locale = request.nextUrl.searchParams.get("locale");
  const catalog = await getCatalog();
  const known = catalog.errors.some((e) => e.id === id && (locale === null || e.locale === locale));
  if (!known) return sendError(404, "no error with this id");
  // Success rates are pooled over every locale of the error; a database that is down just means none yet.
  const causes = await readCauseSuccess(id).catch(() => []);
  return NextResponse.json(
    {
      errorId: id,
      minimumAnswers: MIN_ANSWERS_TO_SHOW,
      causes: causes.map((c) => ({ causeId: c.causeId || null, fixed: c.fixed, answers: c.answers })),
    },
    { headers: { "Cache-Control": "public, max-age=60", "Access-Control-Allow-Origin": "*" } },
  );
}

/**
 * Records a search a page answered (the search page, the embed search), unless the request was only a
 * prefetch (a link hovered or in view, a browser's speculative load): nobody searched then.
 */
export async function recordPageSearch(response: SearchResponse, locale: string, source: "page" | "embed") {
  const request = await headers();
  const prefetch =
    request.has("next-router-prefetch") ||
    request.has("next-router-segment-prefetch") ||
    /prefetch/i.test(request.get("sec-purpose") ?? request.get("purpose") ?? "");
  if (!prefetch) recordSearch(response, locale, source);
}

/** Whether insights are on (a token is configured) and this request proves it holds the token. */
export function authorizeInsights(
  request: { headers: Headers; cookie?: string },
  now = Date.now(),
): "off" | "denied" | "allowed" {
  const token = readAdminToken(process.env.FIXPATH_ADMIN_TOKEN);
  if (!token) return "off";
  if (hasBearerToken(request.headers.get("authorization"), token)) return "allowed";
  return isValidSession(request.cookie, token, now) ? "allowed" : "denied";
}

/** GET /api/v1/insights?from=&to=[&table=&format=csv|json] */
export async function handleInsightsGet(request: NextRequest): Promise<Response> {
  const access = authorizeInsights({
    headers: request.headers,
    cookie: request.cookies.get(ADMIN_COOKIE)?.value,
  });
  if (access === "off") return sendError(404, "no such API endpoint: see /api/v1/openapi.json");
  if (access === "denied")
    return sendError(401, "send Authorization: Bearer <FIXPATH_ADMIN_TOKEN>", {
      "WWW-Authenticate": 'Bearer realm="fixpath-insights"',
    });
  const params = request.nextUrl.searchParams;
  const period = readInsightsPeriod(params, Date.now());
  if (!period.ok) return fieldError(400, period.field, period.message);
  const format = params.get("format") ?? "json";
  const table = params.get("table");
  if (format !== "json" && format !== "csv") return fieldError(400, "format", "format: json or csv");
  if (table !== null && !(INSIGHTS_TABLES as readonly string[]).includes(table))
    return fieldError(400, "table", `table: one of ${INSIGHTS_TABLES.join(", ")}`);
  if (format === "csv" && table === null) return fieldError(400, "table", "table: required with format=csv");
  let insights: Insights;
  try {
    insights = await readInsights(period, await getCatalog());
  } catch (error) {
    if (error instanceof FeedbackUnavailableError)
      return sendError(503, "the feedback database is unavailable: try again later");
    throw error;
  }
  const headers = { "Cache-Control": "private, no-store" };
  if (table === null) return NextResponse.json(insights, { headers });
  const name = table as InsightsTable;
  const rows = insightsTableRows(insights, name);
  const file = `fixpath-${name}-${period.from}-${period.to}`;
  if (format === "json")
    return NextResponse.json(rows, {
      headers: { ...headers, "Content-Disposition": `attachment; filename="${file}.json"` },
    });
  return new Response(toCsv(rows, INSIGHTS_COLUMNS[name]), {
    headers: {
      ...headers,
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${file}.csv"`,
    },
  });
}

/** Largest sign-in form read. */
const MAX_SIGN_IN_BYTES = 4_096;

/**
 * POST /insights/session: the sign-in form (`token` → session cookie) and sign-out (`action=sign-out`).
 * Answers 303 to /insights either way; a wrong token adds `?signin=failed`. Attempts count against the
 * same per-address rate limit as feedback, so the token cannot be guessed at speed.
 */
export async function handleInsightsSession(request: NextRequest): Promise<Response> {
  const token = readAdminToken(process.env.FIXPATH_ADMIN_TOKEN);
  if (!token) return sendError(404, "not found");
  if (isCrossSite(request)) return sendError(403, "sign in from this site's own page");
  const to = seeOther;
  const type = request.headers.get("content-type") ?? "";
  if (
    Number(request.headers.get("content-length") ?? "0") > MAX_SIGN_IN_BYTES ||
    !type.startsWith("application/x-www-form-urlencoded")
  )
    return to("/insights?signin=failed");
  const form = new URLSearchParams((await request.text()).slice(0, MAX_SIGN_IN_BYTES));
  if (form.get("action") === "sign-out") {
    const response = to("/insights");
    response.cookies.set(ADMIN_COOKIE, "", { ...sessionCookieOptions(isSecureRequest(request)), maxAge: 0 });
    return response;
  }
  if (!takeFeedbackToken(request.headers).ok) return to("/insights?signin=busy");
  if (!matchesToken(form.get("token") ?? "", token)) return to("/insights?signin=failed");
  const response = to("/insights");
  response.cookies.set(
    ADMIN_COOKIE,
    createSessionValue(token, Date.now()),
    sessionCookieOptions(isSecureRequest(request)),
  );
  return response;
}

/** What the insights page shows: the period (the last 30 days when the asked one is invalid, with why), and the data. */
export interface InsightsPageData {
  period: { from: string; to: string };
  problem?: string;
  /** Undefined when the database is unavailable. */
  insights?: Insights;
  labels?: InsightsLabels;
}

export async function loadInsightsPage(
  from: string | undefined,
  to: string | undefined,
): Promise<InsightsPageData> {
  const asked = new URLSearchParams();
  if (from) asked.set("from", from);
  if (to) asked.set("to", to);
  const now = Date.now();
  const read = readInsightsPeriod(asked, now);
  const period = read.ok
    ? read
    : (readInsightsPeriod(new URLSearchParams(), now) as { from: string; to: string });
  const base = {
    period: { from: period.from, to: period.to },
    ...(read.ok ? {} : { problem: read.message }),
  };
  const catalog = await getCatalog();
  try {
    const insights = await readInsights(base.period, catalog);
    return { ...base, insights, labels: buildInsightsLabels(insights, catalog, DEFAULT_LOCALE) };
  } catch (error) {
    if (error instanceof FeedbackUnavailableError) return base;
    throw error;
  }
}
