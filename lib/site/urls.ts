/** The portal's URL scheme in one place: every link, redirect, sitemap entry and API URL is built here. */
import type { Locale } from "../schema/entities";
import { isLocaleTag } from "../schema/locales";

export const homePath = (locale: Locale) => `/${locale}`;
export const apiDocsPath = (locale: Locale) => `/${locale}/api-docs`;
export const errorPath = (locale: Locale, id: string) => `/${locale}/errors/${id}`;
/**
 * An error's guided fix: `/sv/errors/x/fix` opens it at its first step, `/sv/errors/x/fix/<step>` is one step
 * (or the `done` / `escalate` end) as its own prerendered page. Step ids are `[a-z0-9.-]`, safe in a path.
 */
export const errorFixPath = (locale: Locale, id: string, step?: string) =>
  step ? `/${locale}/errors/${id}/fix/${step}` : `/${locale}/errors/${id}/fix`;
export const articlePath = (locale: Locale, id: string) => `/${locale}/articles/${id}`;
/** An authored flow (`/sv/flows/x`, at its first step) or one of its steps (`/sv/flows/x/<step>`). */
export const flowPath = (locale: Locale, id: string, step?: string) =>
  step ? `/${locale}/flows/${id}/${step}` : `/${locale}/flows/${id}`;

/**
 * Query parameter of a guided fix's answer trail (`?trail=step-1,step-2`): the steps walked to reach the step
 * page, read in the browser (the page itself is static), so Back and the copied answers follow the walk.
 */
export const FLOW_TRAIL_PARAM = "trail";
/** Query parameter of the step in guided-fix links before steps had their own paths (`/fix?step=x`). */
export const LEGACY_FLOW_STEP_PARAM = "step";
/** What a flow step id may be (lib/schema/entities.ts FlowStepIdSchema, plus the ends): checked before a redirect. */
const STEP_ID = /^[a-z0-9][a-z0-9.-]*$/;
const GUIDED_FIX_BASE = /^\/([^/]+)\/(errors\/[^/]+\/fix|flows\/[^/]+)\/?$/;

/**
 * Where an old `?step=` link of a guided fix now lives: `/sv/flows/x?step=step-3&trail=step-1,step-2` →
 * `/sv/flows/x/step-3?trail=step-1,step-2` (every other parameter kept byte for byte). Undefined for any other
 * path or query; a step that is not a well-formed id is dropped, leaving the fix's first step.
 */
export function legacyFlowStepRedirect(pathname: string, search: string): string | undefined {
  const match = GUIDED_FIX_BASE.exec(pathname);
  if (!match) return undefined;
  const pairs = search.replace(/^\?/, "").split("&").filter(Boolean);
  const stepPair = pairs.find((pair) => decodeQueryName(pair.split("=")[0] ?? "") === LEGACY_FLOW_STEP_PARAM);
  if (stepPair === undefined) return undefined;
  const step = decodeQueryValue(stepPair.slice(stepPair.indexOf("=") + 1));
  const kept = pairs.filter((pair) => pair !== stepPair);
  const query = kept.length > 0 ? `?${kept.join("&")}` : "";
  const base = `/${match[1]}/${match[2]}`;
  return `${stepPair.includes("=") && STEP_ID.test(step) ? `${base}/${step}` : base}${query}`;
}

function decodeQueryValue(raw: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, " "));
  } catch {
    return "";
  }
}
/** A product's page; `slug` is `articleProductSlug(article)` (lib/site/browse.ts). */
export const productPath = (locale: Locale, slug: string) =>
  `/${locale}/products/${encodeURIComponent(slug)}`;
/** The A–Z code index, or one of its pages (`a`, `a-2`, `0-9`, `other`). */
export const codeIndexPath = (locale: Locale, segment?: string) =>
  segment ? `/${locale}/codes/${segment}` : `/${locale}/codes`;
/** The search page, with a query and, optionally, the product it is narrowed to or the product the visitor is in. */
export function searchPath(
  locale: Locale,
  query?: string,
  narrow: { product?: string; context?: string } = {},
): string {
  const params = new URLSearchParams();
  if (query) params.set("q", query);
  if (narrow.product) params.set("product", narrow.product);
  if (narrow.context) params.set("context", narrow.context);
  const search = params.toString().replace(/\+/g, "%20");
  return search ? `/${locale}/search?${search}` : `/${locale}/search`;
}
export const codeChooserPath = (locale: Locale, code: string) =>
  `/${locale}/errors/code/${encodeURIComponent(code)}`;
/** The OpenSearch description of a locale's search. */
export const openSearchPath = (locale: Locale) => `/opensearch/${locale}`;

/** Query parameter of a language switch link: the proxy remembers it in a cookie, then drops it. */
export const LANGUAGE_CHOICE_PARAM = "lang";

/**
 * `href` with the language choice added to its query, keeping the query and fragment as they are:
 * `/sv/search?q=scratch` → `/sv/search?q=scratch&lang=sv`, `/sv` → `/sv?lang=sv`.
 */
export function withLanguageChoice(href: string, locale: Locale): string {
  const hashAt = href.indexOf("#");
  const base = hashAt < 0 ? href : href.slice(0, hashAt);
  const hash = hashAt < 0 ? "" : href.slice(hashAt);
  const joiner = base.includes("?") ? "&" : "?";
  return `${base}${joiner}${LANGUAGE_CHOICE_PARAM}=${encodeURIComponent(locale)}${hash}`;
}

/**
 * A query string (`?q=scratch&lang=sv`) without its language choice (`?q=scratch`); every other parameter
 * keeps its exact bytes, so nothing the page reads is re-encoded or lost. `""` when nothing is left.
 */
export function withoutLanguageChoice(search: string): string {
  const kept = search
    .replace(/^\?/, "")
    .split("&")
    .filter((pair) => pair !== "" && decodeQueryName(pair.split("=")[0] ?? "") !== LANGUAGE_CHOICE_PARAM);
  return kept.length > 0 ? `?${kept.join("&")}` : "";
}

/** A query parameter's name as URLSearchParams reads it (`la%6Eg` is `lang`); a malformed one as written. */
function decodeQueryName(raw: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, " "));
  } catch {
    return raw;
  }
}

/** A cause's anchor on its error page, the same in every locale. */
export const causeAnchor = (causeId: string) => `cause-${causeId.replace(/^cause-/, "")}`;

/**
 * The configured public origin (`https://fixes.example.com`): `FIXPATH_PUBLIC_URL`, else the older
 * `FIXPATH_SITE_URL`; undefined when neither is set or the value is not a plain http(s) origin.
 */
export function configuredOrigin(
  env: Readonly<Record<string, string | undefined>> = process.env,
): string | undefined {
  for (const value of [env.FIXPATH_PUBLIC_URL, env.FIXPATH_SITE_URL]) {
    const origin = value?.replace(/\/+$/, "");
    if (origin && /^https?:\/\/[^\s/?#@]+$/i.test(origin)) return new URL(origin).origin;
  }
  return undefined;
}

/** The public origin used in canonical URLs, sitemaps and JSON-LD: the configured one, else localhost. */
export function siteOrigin(env: Readonly<Record<string, string | undefined>> = process.env): string {
  return configuredOrigin(env) ?? "http://localhost:3000";
}

/**
 * The origin absolute URLs in an API response use. The configured origin when there is one, so no request
 * header can change what a shared cache stores; otherwise the request's own origin, and then the response
 * depends on `Host` (`variesByHost`): it must be sent `Cache-Control: private` with `Vary: Host`.
 */
export function responseOrigin(
  requestOrigin: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
): { origin: string; variesByHost: boolean } {
  const configured = configuredOrigin(env);
  return configured
    ? { origin: configured, variesByHost: false }
    : { origin: requestOrigin, variesByHost: true };
}

/**
 * Page kinds prerendered for every id (errors with their guided fix and its steps, articles, flows and their
 * steps): any other id under them does not exist.
 */
const PRERENDERED_PAGE =
  /^\/([^/]+)\/(?:errors\/[^/]+(?:\/fix(?:\/[^/]+)?)?|articles\/[^/]+|flows\/[^/]+(?:\/[^/]+)?)\/?$/;

/**
 * The locale of an error or article page's path (`/sv/errors/x` → `sv`); undefined for any other path and for
 * a segment that is not a locale tag. Whether the portal serves that locale is for the caller to decide.
 */
export function localeOfPrerenderedPage(pathname: string): Locale | undefined {
  const locale = PRERENDERED_PAGE.exec(pathname)?.[1];
  return isLocaleTag(locale) ? locale : undefined;
}

/**
 * Where the proxy sends an unknown error, article or flow id: a route that answers with the language's own 404,
 * rendered per request (the prerendered routes would answer with the global, language-less one).
 */
export const missingPagePath = (locale: Locale) => `/${locale}/missing`;
