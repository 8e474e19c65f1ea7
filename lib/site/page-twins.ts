/**
 * A page's twins: the same page in every locale that has it. One definition feeds hreflang alternates, the
 * sitemap and the language switch, so they always agree. Site pages (home, search, API docs) exist in every
 * served locale; an article, error or flow page exists where the catalog has that entity.
 */
import type { Catalog, Locale } from "../schema/entities";
import { listCatalogLocales } from "../content/catalog-locales";
import { languageAutonym } from "../i18n/locale-info";
import { articleProductSlug } from "./browse";
import {
  apiDocsPath,
  articlePath,
  errorFixPath,
  errorPath,
  flowPath,
  codeIndexPath,
  homePath,
  productPath,
  searchPath,
  withLanguageChoice,
} from "./urls";

/** A page without its locale: what it shows. */
export type PageRef =
  | { kind: "home" }
  | { kind: "search" }
  | { kind: "api-docs" }
  | { kind: "codes" }
  | { kind: "article" | "error" | "error-fix" | "flow"; id: string }
  /** A product's page; `id` is its slug (`articleProductSlug`). */
  | { kind: "product"; id: string };

/** The path of `page` in `locale`, e.g. `{ kind: "error", id: "x" }` in `sv` → `/sv/errors/x`. */
export function pagePath(page: PageRef, locale: Locale): string {
  switch (page.kind) {
    case "home":
      return homePath(locale);
    case "search":
      return searchPath(locale);
    case "api-docs":
      return apiDocsPath(locale);
    case "article":
      return articlePath(locale, page.id);
    case "error":
      return errorPath(locale, page.id);
    case "error-fix":
      return errorFixPath(locale, page.id);
    case "flow":
      return flowPath(locale, page.id);
    case "product":
      return productPath(locale, page.id);
    case "codes":
      return codeIndexPath(locale);
  }
}

/** Locales per entity (`article:<id>`, `error:<id>`, `flow:<id>`), built once per catalog. */
const entityLocales = new WeakMap<Catalog, Map<string, Locale[]>>();

function indexEntityLocales(catalog: Catalog): Map<string, Locale[]> {
  let index = entityLocales.get(catalog);
  if (index) return index;
  index = new Map();
  const add = (key: string, locale: Locale) => {
    const locales = index!.get(key);
    if (!locales) index!.set(key, [locale]);
    else if (!locales.includes(locale)) locales.push(locale);
  };
  for (const article of catalog.articles) add(`article:${article.id}`, article.locale);
  for (const error of catalog.errors) add(`error:${error.id}`, error.locale);
  for (const flow of catalog.flows) add(`flow:${flow.id}`, flow.locale);
  for (const article of catalog.articles) add(`product:${articleProductSlug(article)}`, article.locale);
  for (const locales of index.values()) locales.sort();
  entityLocales.set(catalog, index);
  return index;
}

/** Every locale that has `page` (itself included), sorted. */
export function findTwinLocales(catalog: Catalog, page: PageRef): readonly Locale[] {
  switch (page.kind) {
    case "home":
    case "search":
    case "api-docs":
    case "codes":
      return listCatalogLocales(catalog);
    case "error-fix":
      return indexEntityLocales(catalog).get(`error:${page.id}`) ?? [];
    default:
      return indexEntityLocales(catalog).get(`${page.kind}:${page.id}`) ?? [];
  }
}

/** hreflang alternates of `page`: locale → path for every twin, itself included (the sitemap and `<head>`). */
export function alternateLanguages(catalog: Catalog, page: PageRef): Record<Locale, string> {
  return Object.fromEntries(findTwinLocales(catalog, page).map((locale) => [locale, pagePath(page, locale)]));
}

/** One entry of the language switch: a twin, named in its own language. */
export interface LanguageLink {
  locale: Locale;
  /** The language's own name, e.g. `Deutsch`, `日本語`. */
  name: string;
  /** The twin's URL with the visitor's state and the choice to remember, e.g. `/sv/search?q=x&lang=sv`. */
  href: string;
}

/**
 * The language switch of `page` seen in `current`: every other twin, in locale order. `hrefOf` may give a
 * twin's URL with what the visitor was doing (the search words, the guided fix's step); the default is the
 * twin's plain path.
 */
export function buildLanguageLinks(
  catalog: Catalog,
  page: PageRef,
  current: Locale,
  hrefOf: (locale: Locale) => string = (locale) => pagePath(page, locale),
): LanguageLink[] {
  return findTwinLocales(catalog, page)
    .filter((locale) => locale !== current)
    .map((locale) => ({
      locale,
      name: languageAutonym(locale),
      href: withLanguageChoice(hrefOf(locale), locale),
    }));
}
