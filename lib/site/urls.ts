/** The portal's URL scheme in one place: every link, redirect, sitemap entry and API URL is built here. */
import type { Locale } from "../schema/entities";

export const errorPath = (locale: Locale, id: string) => `/${locale}/errors/${id}`;
export const errorFixPath = (locale: Locale, id: string) => `/${locale}/errors/${id}/fix`;
export const articlePath = (locale: Locale, id: string) => `/${locale}/articles/${id}`;
export const flowPath = (locale: Locale, id: string) => `/${locale}/flows/${id}`;
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
/** A cause's anchor on its error page, the same in every locale. */
export const causeAnchor = (causeId: string) => `cause-${causeId.replace(/^cause-/, "")}`;

/** The public origin used in canonical URLs, sitemaps and JSON-LD (override with FIXPATH_SITE_URL). */
export function siteOrigin(): string {
  const configured = process.env.FIXPATH_SITE_URL;
  return configured && /^https?:\/\/[^\s/]+$/.test(configured) ? configured : "http://localhost:3000";
}
