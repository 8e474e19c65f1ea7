/**
 * The oEmbed 1.0 provider's pure part: which page URLs are ours (by parsing, never by fetching), how big the
 * iframe may be within the consumer's maxwidth/maxheight, and the `rich` response with every attribute escaped.
 */
import { LOCALE_SUBPATTERN, isLocaleTag } from "../schema/locales";
import type { Locale } from "../schema/entities";

/** URLs longer than this are refused (400) before they are parsed. */
export const MAX_OEMBED_URL_LENGTH = 2_000;
/** Seconds a consumer may cache a response. */
export const OEMBED_CACHE_AGE = 3_600;

/** A page we can embed: an error card, an error's guided fix, or an authored flow. */
export type EmbedKind = "error" | "error-fix" | "flow";

export interface EmbedTarget {
  kind: EmbedKind;
  locale: Locale;
  id: string;
}

export type OembedUrlMatch =
  { ok: true; origin: string; target: EmbedTarget } | { ok: false; status: 400 | 404; message: string };

/** Ids as the catalog writes them: lower-case words joined by single hyphens, at most 200 characters. */
const ID = "[a-z0-9]+(?:-[a-z0-9]+)*";
const PAGE_PATTERN = new RegExp(`^/(${LOCALE_SUBPATTERN})/(errors|flows)/(${ID})(/fix)?/?$`);

/**
 * Parses `raw` as one of our page URLs. `ownOrigins` are the origins we answer for (the request's own and
 * the configured site origin). Missing, overlong or unparsable URLs are 400; anything else not ours is 404.
 */
export function matchOembedUrl(raw: string | null, ownOrigins: readonly string[]): OembedUrlMatch {
  if (raw === null || raw.trim() === "")
    return { ok: false, status: 400, message: "the url parameter is required" };
  if (raw.length > MAX_OEMBED_URL_LENGTH)
    return { ok: false, status: 400, message: `the url is longer than ${MAX_OEMBED_URL_LENGTH} characters` };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, status: 400, message: "the url is not an absolute URL" };
  }
  const notOurs = { ok: false, status: 404, message: "no embeddable Fixpath page at this url" } as const;
  if (url.protocol !== "http:" && url.protocol !== "https:") return notOurs;
  if (url.username !== "" || url.password !== "") return notOurs;
  const origins = new Set(ownOrigins.map((origin) => origin.toLowerCase()));
  if (!origins.has(url.origin.toLowerCase())) return notOurs;
  const match = PAGE_PATTERN.exec(url.pathname);
  if (!match) return notOurs;
  const [, locale, section, id, fix] = match;
  if (!isLocaleTag(locale) || !id || id.length > 200) return notOurs;
  if (section === "flows" && fix) return notOurs;
  const kind: EmbedKind = section === "flows" ? "flow" : fix ? "error-fix" : "error";
  return { ok: true, origin: url.origin, target: { kind, locale, id } };
}

/** The embed view that shows `target`, e.g. `/embed/sv/errors/x/fix`. */
export function embedPathOf(target: EmbedTarget): string {
  const section = target.kind === "flow" ? "flows" : "errors";
  return `/embed/${target.locale}/${section}/${target.id}${target.kind === "error-fix" ? "/fix" : ""}`;
}

/** Default iframe size per kind: a card is shorter than a guided flow (the embed resizes itself anyway). */
const DEFAULT_SIZE: Record<EmbedKind, { width: number; height: number }> = {
  error: { width: 600, height: 420 },
  "error-fix": { width: 600, height: 560 },
  flow: { width: 600, height: 560 },
};

/** A positive whole number of pixels from a query value, or undefined for anything else. */
export function parsePixels(value: string | null): number | undefined {
  if (value === null || !/^\d{1,5}$/.test(value)) return undefined;
  const pixels = Number(value);
  return pixels > 0 ? pixels : undefined;
}

/** The iframe size for `kind`, never larger than `maxwidth`/`maxheight` (oEmbed 1.0 §2.2). */
export function fitEmbedSize(
  kind: EmbedKind,
  maxwidth: number | undefined,
  maxheight: number | undefined,
): { width: number; height: number } {
  const wanted = DEFAULT_SIZE[kind];
  return {
    width: maxwidth === undefined ? wanted.width : Math.min(wanted.width, maxwidth),
    height: maxheight === undefined ? wanted.height : Math.min(wanted.height, maxheight),
  };
}

/** Text made safe inside a double-quoted HTML attribute (and in element content). */
export function escapeHtmlAttribute(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

export interface OembedRich {
  version: "1.0";
  type: "rich";
  provider_name: "Fixpath";
  provider_url: string;
  title: string;
  html: string;
  width: number;
  height: number;
  cache_age: number;
}

/** The `rich` response for `target` served from `origin`, titled `title`, sized `size`. */
export function buildOembedResponse(
  origin: string,
  target: EmbedTarget,
  title: string,
  size: { width: number; height: number },
): OembedRich {
  const src = `${origin}${embedPathOf(target)}`;
  const attributes: Array<[string, string]> = [
    ["src", src],
    ["width", String(size.width)],
    ["height", String(size.height)],
    ["title", title],
    ["loading", "lazy"],
    ["referrerpolicy", "strict-origin-when-cross-origin"],
    ["sandbox", "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"],
    ["class", "fixpath-embed"],
  ];
  const html = `<iframe ${attributes.map(([name, value]) => `${name}="${escapeHtmlAttribute(value)}"`).join(" ")}></iframe>`;
  return {
    version: "1.0",
    type: "rich",
    provider_name: "Fixpath",
    provider_url: `${origin}/`,
    title,
    html,
    width: size.width,
    height: size.height,
    cache_age: OEMBED_CACHE_AGE,
  };
}
