/**
 * How every JSON API response is sent: CORS-open for GET, an ETag of the body with `If-None-Match` → 304,
 * a short public cache, and errors as `{ "error": { "status", "message" } }`. Web-standard Response only.
 */
import { computeEtag, matchesIfNoneMatch } from "./etag";

export const API_CACHE_CONTROL = "public, max-age=300";
/** Responses whose absolute URLs come from the request's Host (no public origin configured). */
export const HOST_DEPENDENT_CACHE_CONTROL = "private, max-age=300";

const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "If-None-Match, Content-Type",
  "Access-Control-Expose-Headers": "ETag",
  "Access-Control-Max-Age": "86400",
} as const;

export interface ApiErrorBody {
  error: { status: number; message: string };
}

/** `data` as JSON with ETag and cache headers, or an empty 304 when the client already has this body. */
export function sendJson(
  request: Request,
  data: unknown,
  init: { contentType?: string; variesByHost?: boolean } = {},
): Response {
  const body = JSON.stringify(data);
  const etag = computeEtag(body);
  const headers = new Headers({
    ...CORS_HEADERS,
    "Content-Type": init.contentType ?? "application/json; charset=utf-8",
    // A body built from the request's Host must never be stored by a shared cache for another Host.
    "Cache-Control": init.variesByHost ? HOST_DEPENDENT_CACHE_CONTROL : API_CACHE_CONTROL,
    ETag: etag,
    Vary: init.variesByHost ? "Accept-Encoding, Host" : "Accept-Encoding",
  });
  if (matchesIfNoneMatch(request.headers.get("if-none-match"), etag)) {
    headers.delete("Content-Type");
    return new Response(null, { status: 304, headers });
  }
  return new Response(body, { status: 200, headers });
}

/** A JSON error; errors are not cached by shared caches. */
export function sendError(
  status: number,
  message: string,
  extraHeaders: Record<string, string> = {},
): Response {
  const body: ApiErrorBody = { error: { status, message } };
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      ...CORS_HEADERS,
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": "no-store",
      ...extraHeaders,
    },
  });
}

/** The answer to a CORS preflight. */
export function sendPreflight(): Response {
  return new Response(null, { status: 204, headers: { ...CORS_HEADERS, Allow: "GET, HEAD, OPTIONS" } });
}

type Handler = () => Response;

/** POST, PUT, PATCH and DELETE handlers that answer JSON 405 naming the allowed methods. */
export function refuseWrites(): { POST: Handler; PUT: Handler; PATCH: Handler; DELETE: Handler } {
  const refuse = () => sendError(405, "this endpoint is read-only: use GET", { Allow: "GET, HEAD, OPTIONS" });
  return { POST: refuse, PUT: refuse, PATCH: refuse, DELETE: refuse };
}
