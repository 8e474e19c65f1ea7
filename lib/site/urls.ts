/** The portal's URL scheme in one place: every link, redirect, sitemap entry and API URL is built here. */
import type { Locale } from "../schema/entities";
import { LOCALES } from "../schema/locales";

export const errorPath = (locale: Locale, id: string) => `/${locale}/errors/${id}`;
export const errorFixPath = (locale: Locale, id: string) => `/${locale}/errors/${id}/fix`;
export const articlePath = (locale: Locale, id: string) => `/${locale}/articles/${id}`;
export const flowPath = (locale: Locale, id: string) => `/${locale}/flows/${id}`;
export const searchPath = (locale: Locale, query?: string) =>
  query ? `/${locale}/search?q=${encodeURIComponent(query)}` : `/${locale}/search`;
export const codeChooserPath = (locale: Locale, code: string) =>
  `/${locale}/errors/code/${encodeURIComponent(code)}`;
/** A cause's anchor on its error page, the same in every locale. */
export const causeAnchor = (causeId: string) => `cause-${causeId.replace(/^cause-/, "")}`;

/** The public origin used in canonical URLs, sitemaps and JSON-LD (override with FIXPATH_SITE_URL). */
export function siteOrigin(): string {
  const configured = process.env.FIXPATH_SITE_URL;
  return configured && /^https?:\/\/[^\s/]+$/.test(configured) ? configured : "http://localhost:3000";
}

/** Page kinds prerendered for every id: any other id under them does not exist. */
const PRERENDERED_PAGE = /^\/([^/]+)\/(?:errors|articles)\/[^/]+\/?$/;

/** The locale of an error or article page's path (`/sv/errors/x` → `sv`); undefined for any other path. */
export function localeOfPrerenderedPage(pathname: string): Locale | undefined {
  const locale = PRERENDERED_PAGE.exec(pathname)?.[1];
  return (LOCALES as readonly string[]).includes(locale ?? "") ? (locale as Locale) : undefined;
}

/**
 * Where the proxy sends an unknown error or article id: a route that answers with the language's own 404,
 * rendered per request (the prerendered routes would answer with the global, language-less one).
 */
export const missingPagePath = (locale: Locale) => `/${locale}/missing`;
