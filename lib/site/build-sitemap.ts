/** The sitemap entries of a catalog: home, API docs, the code index, products, articles, errors and flows in every locale that has them, each with all its twins as hreflang alternates. */
import type { Catalog } from "../schema/entities";
import { listCatalogLocales } from "../content/catalog-locales";
import { compareText } from "../content/format-diagnostic";
import { articleProductSlug } from "./browse";
import { alternateLanguages, type PageRef } from "./page-twins";

export interface SitemapEntry {
  url: string;
  lastModified?: string;
  alternates?: { languages: Record<string, string> };
}

export function buildSitemap(catalog: Catalog, origin: string): SitemapEntry[] {
  const updatedOf = new Map(catalog.articles.map((a) => [`${a.locale}/${a.id}`, a.updated]));
  const articleOf = (entities: readonly { locale: string; id: string; article: string }[]) =>
    new Map(entities.map((e) => [`${e.locale}/${e.id}`, e.article]));
  const articleOfError = articleOf(catalog.errors);
  const articleOfFlow = articleOf(catalog.flows);
  const entries: SitemapEntry[] = [];
  const add = (page: PageRef, updated: (locale: string) => string | undefined) => {
    const paths = alternateLanguages(catalog, page);
    const languages = Object.fromEntries(
      Object.entries(paths).map(([locale, path]) => [locale, origin + path]),
    );
    for (const [locale, url] of Object.entries(languages)) {
      const lastModified = updated(locale);
      entries.push({ url, ...(lastModified ? { lastModified } : {}), alternates: { languages } });
    }
  };
  const noDate = () => undefined;
  if (listCatalogLocales(catalog).length > 0) {
    add({ kind: "home" }, noDate);
    add({ kind: "api-docs" }, noDate);
    add({ kind: "codes" }, noDate);
  }
  for (const slug of [...new Set(catalog.articles.map(articleProductSlug))].sort(compareText))
    add({ kind: "product", id: slug }, noDate);
  const idsOf = (entities: readonly { id: string }[]) =>
    [...new Set(entities.map((e) => e.id))].sort(compareText);
  for (const id of idsOf(catalog.articles))
    add({ kind: "article", id }, (locale) => updatedOf.get(`${locale}/${id}`));
  // An error or flow page changes when its article does.
  const updatedWith = (articles: Map<string, string>, id: string) => (locale: string) => {
    const article = articles.get(`${locale}/${id}`);
    return article === undefined ? undefined : updatedOf.get(`${locale}/${article}`);
  };
  for (const id of idsOf(catalog.errors)) add({ kind: "error", id }, updatedWith(articleOfError, id));
  for (const id of idsOf(catalog.flows)) add({ kind: "flow", id }, updatedWith(articleOfFlow, id));
  return entries;
}
