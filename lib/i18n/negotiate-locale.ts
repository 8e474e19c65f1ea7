/**
 * Picks a visitor's language among the locales actually on offer (the ones `content/` serves, or the ones
 * that have a given error code): a remembered choice first, then Accept-Language, then the default.
 */
import { isLocaleTag, normalizeLocaleTag } from "../schema/locales";
import type { Locale } from "../schema/entities";

/** The language served when nothing in the request matches, if it is on offer (else the first that is). */
export const DEFAULT_LOCALE: Locale = "en";

/** Name of the cookie that remembers a visitor's explicit language choice. */
export const LOCALE_COOKIE = "fixpath-locale";

/** Longest Accept-Language header read; real ones are well under 200 characters. */
const MAX_ACCEPT_LANGUAGE_LENGTH = 500;

/** Parses `sv-SE,sv;q=0.9,en;q=0.5` into language tags ordered by quality (ties keep header order). */
export function parseAcceptLanguage(header: string | null | undefined): string[] {
  if (!header) return [];
  return header
    .slice(0, MAX_ACCEPT_LANGUAGE_LENGTH)
    .split(",")
    .map((part, order) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number.parseFloat(q.slice(2)) : 1;
      return { tag: tag.trim().toLowerCase(), quality: Number.isFinite(quality) ? quality : 0, order };
    })
    .filter((entry) => entry.tag && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.order - b.order)
    .map((entry) => entry.tag);
}

/** What a request says about language: the remembered choice (cookie) and the Accept-Language header. */
export interface LanguagePreferences {
  remembered?: string | undefined;
  acceptLanguage?: string | null | undefined;
}

/**
 * The best of `offered` for these preferences. For each accepted tag, best quality first: the same locale,
 * then a shorter form of it (`pt-br` → `pt`, `zh-hant-tw` → `zh-hant`), then a locale of the same language
 * and script in another region (`en-gb` → `en-us`, `zh-tw` → `zh-hant`). `*` and unknown tags match nothing.
 */
export function negotiateLocale(offered: readonly Locale[], preferences: LanguagePreferences): Locale {
  const remembered = preferences.remembered;
  if (remembered !== undefined && offered.includes(remembered)) return remembered;
  for (const accepted of parseAcceptLanguage(preferences.acceptLanguage)) {
    const match = matchLanguageTag(accepted, offered);
    if (match) return match;
  }
  return fallbackLocale(offered);
}

/** The default locale when it is offered, else the first offered one (in sorted order). */
export function fallbackLocale(offered: readonly Locale[]): Locale {
  if (offered.includes(DEFAULT_LOCALE) || offered.length === 0) return DEFAULT_LOCALE;
  return [...offered].sort()[0] ?? DEFAULT_LOCALE;
}

/** The offered locale one accepted tag asks for, or undefined. */
export function matchLanguageTag(accepted: string, offered: readonly Locale[]): Locale | undefined {
  const tag = normalizeLocaleTag(accepted);
  if (!tag) return undefined;
  for (let parts = tag.split("-"); parts.length > 0; parts = parts.slice(0, -1)) {
    const shorter = parts.join("-");
    if (offered.includes(shorter)) return shorter;
  }
  const wanted = languageAndScript(tag);
  return wanted ? offered.find((locale) => languageAndScript(locale) === wanted) : undefined;
}

/** `en-gb` → `en-Latn`, `zh-tw` → `zh-Hant`: what must agree for a reader to read a page at all. */
function languageAndScript(tag: string): string | undefined {
  if (!isLocaleTag(tag)) return undefined;
  try {
    const maximized = new Intl.Locale(tag).maximize();
    return `${maximized.language}-${maximized.script ?? ""}`;
  } catch {
    return undefined;
  }
}
