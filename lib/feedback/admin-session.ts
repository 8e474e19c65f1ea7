/**
 * Who may read the insights: whoever holds `FIXPATH_ADMIN_TOKEN`, sent as `Authorization: Bearer <token>` or
 * proven once through the sign-in form, which sets a session cookie. The cookie holds an expiry and an HMAC of
 * it keyed by the token (never the token), so every instance sharing the token accepts it and changing the
 * token signs everyone out. With no token configured the insights do not exist (404), never open.
 */
import { createHash, createHmac, timingSafeEqual } from "node:crypto";

/** Name of the session cookie set by the sign-in form. */
export const ADMIN_COOKIE = "fixpath_admin";
/** How long a sign-in lasts. */
export const ADMIN_SESSION_SECONDS = 8 * 60 * 60;

/** The configured token, or undefined when insights are off (unset or blank). */
export function readAdminToken(value: string | undefined): string | undefined {
  const token = value?.trim();
  return token ? token : undefined;
}

/** Compares in constant time (hashes first, so lengths do not leak either). */
export function matchesToken(candidate: string, token: string): boolean {
  const a = createHash("sha256").update(candidate).digest();
  const b = createHash("sha256").update(token).digest();
  return timingSafeEqual(a, b);
}

/** Whether an `Authorization` header carries the token as a Bearer credential. */
export function hasBearerToken(authorization: string | null, token: string): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
  return match?.[1] !== undefined && matchesToken(match[1], token);
}

function signature(token: string, expires: number): string {
  return createHmac("sha256", token).update(`fixpath-insights-session:${expires}`).digest("base64url");
}

/** A session cookie value valid until `now + ADMIN_SESSION_SECONDS`. */
export function createSessionValue(token: string, now: number): string {
  const expires = Math.floor(now / 1000) + ADMIN_SESSION_SECONDS;
  return `${expires}.${signature(token, expires)}`;
}

/** Whether a session cookie value was made with this token and has not expired. */
export function isValidSession(value: string | undefined, token: string, now: number): boolean {
  const match = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(value ?? "");
  if (!match) return false;
  const expires = Number(match[1]);
  if (expires * 1000 <= now) return false;
  const expected = Buffer.from(signature(token, expires));
  const given = Buffer.from(match[2] ?? "");
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** Attributes of the session cookie: HttpOnly, SameSite=Strict, Secure when the site is served over https. */
export function sessionCookieOptions(secure: boolean) {
  return {
    httpOnly: true,
    sameSite: "strict" as const,
    secure,
    path: "/",
    maxAge: ADMIN_SESSION_SECONDS,
  };
}
