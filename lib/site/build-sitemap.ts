/** The sitemap entries of a catalog: home, articles, errors and flows per locale, with hreflang alternates. */
import { LOCALES, type Catalog, type Locale } from "../schema/entities";
import { articlePath, errorPath, flowPath } from "./urls";

export interface SitemapEntry {
  url: string;
  lastModified?: string;
  alternates?: { languages: Record<string, string> };
}

export function buildSitemap(catalog: Catalog, origin: string): SitemapEntry[] {
  const updatedOf = new Map(catalog.articles.map((a) => [`${a.locale}/${a.id}`, a.updated]));
  const entries: SitemapEntry[] = [];
  const add = (paths: Partial<Record<Locale, string>>, updated?: string) => {
    const languages = Object.fromEntries(
      Object.entries(paths).map(([locale, path]) => [locale, origin + path]),
    );
    for (const path of Object.values(paths)) {
      entries.push({
        url: origin + path,
        ...(updated ? { lastModified: updated } : {}),
        alternates: { languages },
      });
    }
  };
  add(Object.fromEntries(LOCALES.map((l) => [l, `/${l}`])));
  add(Object.fromEntries(LOCALES.map((l) => [l, `/${l}/api-docs`])));
  const group = <T extends { id: string; locale: Locale }>(
    items: T[],
    path: (l: Locale, id: string) => string,
  ) => {
    const byId = new Map<string, Partial<Record<Locale, string>>>();
    for (const item of items)
      byId.set(item.id, { ...byId.get(item.id), [item.locale]: path(item.locale, item.id) });
    return [...byId.entries()].sort(([a], [b]) => a.localeCompare(b));
  };
  for (const [id, paths] of group(catalog.articles, articlePath))
    add(paths, updatedOf.get(`${Object.keys(paths)[0]}/${id}`));
  for (const [, paths] of group(catalog.errors, errorPath)) add(paths);
  for (const [, paths] of group(catalog.flows, flowPath)) add(paths);
  return entries;
}
