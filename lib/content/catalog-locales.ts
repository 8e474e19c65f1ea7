/**
 * The locales a catalog serves, derived from its articles (a locale is a folder of `content/` holding at least
 * one valid article), never stored beside them. Computed once per catalog object.
 */
import type { Catalog, Locale } from "@/lib/schema/entities";
import { compareText } from "./format-diagnostic";

const localesOf = new WeakMap<Pick<Catalog, "articles">, Locale[]>();

/** Every locale with an article, sorted, e.g. `["en", "fr", "ja", "sv"]`. */
export function listCatalogLocales(catalog: Pick<Catalog, "articles">): readonly Locale[] {
  let locales = localesOf.get(catalog);
  if (!locales) {
    locales = [...new Set(catalog.articles.map((article) => article.locale))].sort(compareText);
    localesOf.set(catalog, locales);
  }
  return locales;
}
