/**
 * Server-only: the one way routes, search and the API reach content. In production it reads the prebuilt
 * `.fixpath/catalog.json` once; otherwise it builds the catalog from `content/` in-process and rebuilds
 * when a content file changes (paths, mtimes, sizes), so `next dev` picks up edits. Broken files never
 * throw here: their problems come back from getContentProblems() and the rest of the site works.
 */
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import {
  CatalogSchema,
  type Article,
  type Catalog,
  type Diagnostic,
  type ErrorEntry,
  type Flow,
  type Locale,
} from "@/lib/schema/entities";
import { isLocaleTag } from "@/lib/schema/locales";
import { PRODUCTS_FILE } from "./products-file";
import { buildCatalog, listContentFolders, resolveCatalogFile, resolveContentDir } from "./build-catalog";
import { listCatalogLocales } from "./catalog-locales";
import { compileMdx, type CompiledMdx } from "./compile-mdx.server";

let prebuilt: Promise<Catalog | undefined> | undefined;
let built: { fingerprint: string; catalog: Promise<Catalog> } | undefined;

export async function getCatalog(): Promise<Catalog> {
  const root = process.cwd();
  if (process.env.NODE_ENV === "production") {
    prebuilt ??= readPrebuiltCatalog(root);
    const catalog = await prebuilt;
    if (catalog) return catalog;
  }
  const contentDir = resolveContentDir();
  // The content folder is chosen at run time; telling the bundler so keeps it from tracing the whole project.
  const fingerprint = await fingerprintContent(path.resolve(/*turbopackIgnore: true*/ root, contentDir));
  if (built?.fingerprint !== fingerprint)
    built = { fingerprint, catalog: buildCatalog({ root, contentDir }) };
  return built.catalog;
}

async function readPrebuiltCatalog(root: string): Promise<Catalog | undefined> {
  const text = await readFile(path.join(root, resolveCatalogFile()), "utf8").catch(() => undefined);
  return text === undefined ? undefined : CatalogSchema.parse(JSON.parse(text));
}

/** Paths, mtimes and sizes of the content files: cheap to compute, and changes on every save. */
async function fingerprintContent(contentDir: string): Promise<string> {
  const parts: string[] = [];
  for (const folder of await listContentFolders(contentDir)) {
    for (const name of folder.files) {
      const info = await stat(path.join(contentDir, folder.name, name)).catch(() => undefined);
      parts.push(`${folder.name}/${name}:${info?.mtimeMs ?? "-"}:${info?.size ?? "-"}`);
    }
  }
  const products = await stat(path.join(contentDir, PRODUCTS_FILE)).catch(() => undefined);
  parts.push(`${PRODUCTS_FILE}:${products?.mtimeMs ?? "-"}:${products?.size ?? "-"}`);
  return `${contentDir}\n${parts.join("\n")}`;
}

/** The locales the portal serves: every folder of the content with an article, sorted. */
export async function listLocales(): Promise<readonly Locale[]> {
  return listCatalogLocales(await getCatalog());
}

/** True when `value` is a locale the portal serves (any other string, however hostile, is false). */
export async function isServedLocale(value: unknown): Promise<boolean> {
  return isLocaleTag(value) && (await listLocales()).includes(value);
}

/** A catalog's entities keyed `<locale>/<id>` and grouped by locale, built once per catalog (not per page). */
interface CatalogIndex {
  articles: Map<string, Article>;
  errors: Map<string, ErrorEntry>;
  flows: Map<string, Flow>;
  articlesByLocale: Map<Locale, Article[]>;
  errorsByLocale: Map<Locale, ErrorEntry[]>;
  flowsByLocale: Map<Locale, Flow[]>;
}

const indexes = new WeakMap<Catalog, CatalogIndex>();

function indexCatalog(catalog: Catalog): CatalogIndex {
  let index = indexes.get(catalog);
  if (index) return index;
  const keyed = <T extends { locale: Locale; id: string }>(list: readonly T[]) =>
    new Map(list.map((e) => [`${e.locale}/${e.id}`, e]));
  const grouped = <T extends { locale: Locale }>(list: readonly T[]) => {
    const groups = new Map<Locale, T[]>();
    for (const e of list) {
      const group = groups.get(e.locale);
      if (group) group.push(e);
      else groups.set(e.locale, [e]);
    }
    return groups;
  };
  index = {
    articles: keyed(catalog.articles),
    errors: keyed(catalog.errors),
    flows: keyed(catalog.flows),
    articlesByLocale: grouped(catalog.articles),
    errorsByLocale: grouped(catalog.errors),
    flowsByLocale: grouped(catalog.flows),
  };
  indexes.set(catalog, index);
  return index;
}

export async function listArticles(locale: Locale): Promise<Article[]> {
  return [...(indexCatalog(await getCatalog()).articlesByLocale.get(locale) ?? [])];
}

export async function getArticle(locale: Locale, id: string): Promise<Article | undefined> {
  return indexCatalog(await getCatalog()).articles.get(`${locale}/${id}`);
}

export async function listErrors(locale: Locale): Promise<ErrorEntry[]> {
  return [...(indexCatalog(await getCatalog()).errorsByLocale.get(locale) ?? [])];
}

export async function getError(locale: Locale, id: string): Promise<ErrorEntry | undefined> {
  return indexCatalog(await getCatalog()).errors.get(`${locale}/${id}`);
}

export async function listFlows(locale: Locale): Promise<Flow[]> {
  return [...(indexCatalog(await getCatalog()).flowsByLocale.get(locale) ?? [])];
}

export async function getFlow(locale: Locale, id: string): Promise<Flow | undefined> {
  return indexCatalog(await getCatalog()).flows.get(`${locale}/${id}`);
}

/** The article's compiled MDX; throws for an unknown article (routes call notFound() before this). */
export async function getArticleBody(locale: Locale, id: string): Promise<CompiledMdx> {
  const article = await getArticle(locale, id);
  if (!article) throw new Error(`no article "${id}" in locale "${locale}"`);
  const root = process.cwd();
  const source = await readFile(path.join(/*turbopackIgnore: true*/ root, article.sourcePath), "utf8");
  return compileMdx(source, { root });
}

/** Every problem found while building the catalog (errors and warnings), to show in development. */
export async function getContentProblems(): Promise<Diagnostic[]> {
  return (await getCatalog()).diagnostics;
}
