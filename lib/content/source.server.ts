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

export async function listArticles(locale: Locale): Promise<Article[]> {
  return (await getCatalog()).articles.filter((a) => a.locale === locale);
}

export async function getArticle(locale: Locale, id: string): Promise<Article | undefined> {
  return (await getCatalog()).articles.find((a) => a.locale === locale && a.id === id);
}

export async function listErrors(locale: Locale): Promise<ErrorEntry[]> {
  return (await getCatalog()).errors.filter((e) => e.locale === locale);
}

export async function getError(locale: Locale, id: string): Promise<ErrorEntry | undefined> {
  return (await getCatalog()).errors.find((e) => e.locale === locale && e.id === id);
}

export async function listFlows(locale: Locale): Promise<Flow[]> {
  return (await getCatalog()).flows.filter((f) => f.locale === locale);
}

export async function getFlow(locale: Locale, id: string): Promise<Flow | undefined> {
  return (await getCatalog()).flows.find((f) => f.locale === locale && f.id === id);
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
