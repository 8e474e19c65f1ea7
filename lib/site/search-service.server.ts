/**
 * Server-side search over the current catalog. The index is built once per catalog (the catalog object
 * changes only when content changes), never per request. Server-only: it reads content through the source module.
 */
import type { Catalog } from "../schema/entities";
import { getCatalog } from "../content/source.server";
import { buildSearchIndex, type SearchIndex } from "../search/search-index";
import { search } from "../search/search-engine";
import type { SearchOptions, SearchResponse } from "../search/search-types";
import { shipsIndexToBrowser } from "../search/ranking";
import { getTranslation } from "../i18n/translation";

const indexes = new WeakMap<Catalog, SearchIndex>();

export async function getSearchIndex(): Promise<SearchIndex> {
  const catalog = await getCatalog();
  let index = indexes.get(catalog);
  if (!index) {
    index = buildSearchIndex(catalog);
    indexes.set(catalog, index);
  }
  return index;
}

export async function searchContent(query: string, options: SearchOptions = {}): Promise<SearchResponse> {
  const words = options.locale ? getTranslation(options.locale) : undefined;
  return search(await getSearchIndex(), query, { ...options, ...(words ? { words } : {}) });
}

/** Whether browsers should search a prebuilt index (small catalogs) rather than call the API per keystroke. */
export async function isBrowserSearchEnabled(): Promise<boolean> {
  return shipsIndexToBrowser((await getCatalog()).errors.length);
}
