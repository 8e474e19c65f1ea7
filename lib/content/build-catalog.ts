/**
 * Builds the catalog from `content/<locale>/*.mdx`: every article's entities, validated, plus the checks that
 * need more than one file (duplicate ids, internal links, locale parity, codes). Broken files are reported and skipped.
 */
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import {
  CatalogSchema,
  IdSchema,
  type Article,
  type Catalog,
  type Diagnostic,
  type ErrorEntry,
  type Flow,
  type Locale,
} from "@/lib/schema/entities";
import { isLocaleTag, LOCALE_FORM_HINT, normalizeLocaleTag } from "@/lib/schema/locales";
import { readArticle, type ReadArticle } from "./extract-article";
import { findConflictMarkers } from "./conflict-markers";
import { PRODUCTS_FILE, ProductIndex, readProductsFile } from "./products-file";
import { readContentFile } from "./read-content-file";
import { checkLinks, indexLinkTargets } from "./check-links";
import { checkCodesAgree, checkMissingTranslations } from "./check-locales";
import { capPerFile, compareText, sortDiagnostics } from "./format-diagnostic";
import { INPUT_LIMITS } from "./input-limits";
import { checkFlows } from "./check-flows";
import { checkFactsAgree } from "./check-facts";
import { checkErrorTitles } from "./error-title";
import { checkUnstructuredFixes } from "./check-errors";

export { formatDiagnostic } from "./format-diagnostic";

export interface BuildCatalogOptions {
  /** Project root; diagnostics name files relative to it. */
  root: string;
  /** Content folder, absolute or relative to the root (default `content`). */
  contentDir?: string;
}

/** The content folder: `FIXPATH_CONTENT_DIR` (tests point it at fixtures) or `content`. */
export function resolveContentDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.FIXPATH_CONTENT_DIR || "content";
}

/**
 * Where `fixpath build` writes the catalog of a content folder, relative to the project root:
 * `.fixpath/catalog.json` for `content`, a file named after any other folder (`FIXPATH_CONTENT_DIR=
 * test-fixtures/x` → `.fixpath/catalog.test-fixtures-x.json`), so a second site built from other content
 * never reads the first one's catalog.
 */
export function resolveCatalogFile(contentDir: string = resolveContentDir()): string {
  const folder = contentDir
    .replace(/\\/g, "/")
    .replace(/^(\.\/)+/, "")
    .replace(/\/+$/, "");
  if (folder === "content") return ".fixpath/catalog.json";
  const slug = folder
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return `.fixpath/catalog.${slug || "root"}.json`;
}

interface ReadFile extends ReadArticle {
  file: string;
  /** The file as read, to locate what cross-file checks find (empty when it could not be read). */
  text: string;
}

export async function buildCatalog(options: BuildCatalogOptions): Promise<Catalog> {
  const contentDir = path.resolve(options.root, options.contentDir ?? "content");
  const { sources, misnamed } = await listContentFiles(contentDir, options.root);
  const read = await Promise.all(sources.map((source) => readSource(source)));
  const folderProblems =
    sources.length === 0 && misnamed.length === 0
      ? [await describeEmptyContent(contentDir, options.root)]
      : misnamed;
  const products = readProductsFile(contentDir, options.root);
  const productIndex = products.products && new ProductIndex(products.products);
  return assembleCatalog(
    read,
    [...folderProblems, ...products.diagnostics, ...sources.flatMap((s) => s.diagnostics)],
    productIndex,
  );
}

/** Why a build found no article: a wrong folder is an error, an empty one a warning (a site with no pages). */
async function describeEmptyContent(contentDir: string, root: string): Promise<Diagnostic> {
  const file = path.relative(root, contentDir).split(path.sep).join("/") || ".";
  const exists = await stat(contentDir).then(
    (info) => info.isDirectory(),
    () => false,
  );
  const layout = "<locale>/<article-id>.mdx, e.g. en/troubleshoot-mars-agent.mdx";
  return exists
    ? { file, line: 1, column: 1, severity: "warning", message: `no articles found: add ${layout} here` }
    : {
        file,
        line: 1,
        column: 1,
        severity: "error",
        message: `content folder not found: check the path (it should hold ${layout})`,
      };
}

interface ContentSource {
  absolutePath: string;
  file: string;
  locale: Locale;
  articleId: string;
  diagnostics: Diagnostic[];
}

/** A folder of the content folder that holds articles: its name and its `.mdx` file names, sorted. */
export interface ContentFolder {
  name: string;
  files: string[];
}

/** The subfolders of `contentDir` that hold `.mdx` files, in a fixed order; each is a locale if well named. */
export async function listContentFolders(contentDir: string): Promise<ContentFolder[]> {
  const entries = await readdir(contentDir, { withFileTypes: true }).catch(() => []);
  const folders: ContentFolder[] = [];
  for (const name of entries.filter((e) => e.isDirectory() || e.isSymbolicLink()).map((e) => e.name)) {
    const files = (await readdir(path.join(contentDir, name)).catch(() => [] as string[]))
      .filter((file) => file.endsWith(".mdx"))
      .sort(compareText);
    if (files.length > 0) folders.push({ name, files });
  }
  return folders.sort((a, b) => compareText(a.name, b.name));
}

/** Lists `<locale>/*.mdx` in a fixed order so every build visits files alike; the folders name the locales. */
async function listContentFiles(
  contentDir: string,
  root: string,
): Promise<{ sources: ContentSource[]; misnamed: Diagnostic[] }> {
  const sources: ContentSource[] = [];
  const misnamed: Diagnostic[] = [];
  const relative = (absolutePath: string) => path.relative(root, absolutePath).split(path.sep).join("/");
  for (const folder of await listContentFolders(contentDir)) {
    const locale = folder.name;
    if (!isLocaleTag(locale)) {
      misnamed.push(describeMisnamedFolder(relative(path.join(contentDir, locale)), folder));
      continue;
    }
    for (const name of folder.files) {
      const absolutePath = path.join(contentDir, locale, name);
      const file = relative(absolutePath);
      const articleId = name.slice(0, -".mdx".length);
      const diagnostics: Diagnostic[] = IdSchema.safeParse(articleId).success
        ? []
        : [
            {
              file,
              line: 1,
              column: 1,
              severity: "error",
              message: `file name "${name}" is not an article id: rename it to lower-case words joined by hyphens, e.g. troubleshoot-mars-agent.mdx`,
            },
          ];
      sources.push({ absolutePath, file, locale, articleId, diagnostics });
    }
  }
  return { sources, misnamed };
}

/** A folder of articles whose name is no locale: its articles are left out until it is renamed. */
function describeMisnamedFolder(file: string, folder: ContentFolder): Diagnostic {
  const suggestion = normalizeLocaleTag(folder.name);
  const fix = suggestion ? `rename it to ${suggestion}` : `name it as ${LOCALE_FORM_HINT}`;
  const message = `folder "${folder.name}" holds ${folder.files.length} article(s) but its name is not a locale (it is the locale in every URL): ${fix}`;
  return { file, line: 1, column: 1, severity: "error", message };
}

async function readSource(source: ContentSource): Promise<ReadFile> {
  const content = await readContentFile(source.absolutePath, source.file);
  if (content.text === undefined || source.diagnostics.length) {
    return {
      file: source.file,
      text: "",
      errors: [],
      flows: [],
      links: [],
      diagnostics: content.diagnostics,
    };
  }
  const conflicts = findConflictMarkers(content.text, source.file);
  if (conflicts.length > 0)
    return { file: source.file, text: "", errors: [], flows: [], links: [], diagnostics: conflicts };
  const result = readArticle(content.text, {
    file: source.file,
    locale: source.locale,
    articleId: source.articleId,
  });
  return { file: source.file, text: content.text, ...result };
}

/** Runs the cross-file checks and orders everything as the schema documents. */
function assembleCatalog(
  read: readonly ReadFile[],
  listingDiagnostics: readonly Diagnostic[],
  products?: ProductIndex,
): Catalog {
  const valid = read.filter((r): r is ReadFile & { article: Article } => r.article !== undefined);
  const productDiagnostics = products ? valid.flatMap((r) => nameProduct(r, products)) : [];
  const articles = valid
    .map((r) => r.article)
    .sort((a, b) => compareText(a.locale, b.locale) || compareText(a.id, b.id));
  const errorIds = disambiguateIds(sortByArticle(valid.flatMap((r) => r.errors)), "error");
  const flowIds = disambiguateIds(sortByArticle(valid.flatMap((r) => r.flows)), "flow");
  const errors = errorIds.entities;
  const flows = flowIds.entities;
  applyRenames(articles, [...errorIds.renamed, ...flowIds.renamed]);
  const linkTargets = indexLinkTargets({ articles, errors, flows });
  const linkProblems = valid.flatMap((r) => {
    const checked = checkLinks(r.article, r.links, linkTargets);
    r.article.brokenLinks = checked.demoted;
    return checked.diagnostics;
  });
  const diagnostics = [
    ...listingDiagnostics,
    ...productDiagnostics,
    ...read.flatMap((r) => r.diagnostics),
    ...errorIds.diagnostics,
    ...flowIds.diagnostics,
    ...linkProblems,
    ...checkMissingTranslations(articles, errors),
    ...checkCodesAgree(errors),
    ...checkFlows(flows),
    ...checkUnstructuredFixes(errors),
    ...checkErrorTitles(errors),
    ...checkFactsAgree({ articles, errors, flows }, new Map(read.map((r) => [r.file, r.text]))),
  ];
  const kept = capPerFile(sortDiagnostics(diagnostics), INPUT_LIMITS.diagnosticsPerFile);
  return CatalogSchema.parse({ articles, errors, flows, diagnostics: sortDiagnostics(kept) });
}

/**
 * Names an article's product as the products file does in the article's locale, with its slug (the URL segment
 * every locale shares); a product the file does not list keeps the text the article wrote, with a warning.
 */
function nameProduct(read: ReadFile & { article: Article }, products: ProductIndex): Diagnostic[] {
  const { article } = read;
  const product = products.resolve(article.product, article.locale);
  if (product) {
    article.product = product.name;
    article.productSlug = product.slug;
    if (product.description) article.productDescription = product.description;
    return [];
  }
  const lines = read.text.split("\n");
  const index = lines.findIndex((line) => /^product\s*:/.test(line));
  return [
    {
      file: read.file,
      line: index + 1 || 1,
      column: 1,
      severity: "warning",
      message: `product "${article.product}" is not in ${PRODUCTS_FILE}: add it there (slug, name per locale, aliases) or write one of its slugs or names`,
    },
  ];
}

/** Points each article's lists at the ids its entities are served under, and records what moved. */
function applyRenames(
  articles: Article[],
  renames: readonly { article: string; locale: string; from: string; to: string }[],
) {
  if (renames.length === 0) return;
  const byArticle = new Map(articles.map((a) => [`${a.locale}/${a.id}`, a]));
  for (const rename of renames) {
    const article = byArticle.get(`${rename.locale}/${rename.article}`);
    if (!article) continue;
    const swap = (id: string) => (id === rename.from ? rename.to : id);
    article.errors = article.errors.map(swap);
    article.flows = article.flows.map(swap);
    article.renamedIds = { ...article.renamedIds, [rename.from]: rename.to };
  }
}

/** Locale, then article; the sort is stable, so document order holds within an article. */
function sortByArticle<T extends ErrorEntry | Flow>(entities: T[]): T[] {
  return entities.sort((a, b) => compareText(a.locale, b.locale) || compareText(a.article, b.article));
}

/**
 * Ids are permalinks (`/sv/errors/<id>`), unique per locale. The importer keeps them so, but hand-made content
 * may clash: the first definer (articles sorted by id) keeps the id, and a later article's entity is served as
 * `<article>-<id>` with a located warning, so both pages exist and the first one's URL never changes. A clash
 * inside one article is an error (its author can fix it).
 */
export function disambiguateIds<T extends ErrorEntry | Flow>(
  entities: readonly T[],
  kind: "error" | "flow",
): {
  entities: T[];
  renamed: { article: string; locale: string; from: string; to: string }[];
  diagnostics: Diagnostic[];
} {
  const firstById = new Map<string, T>();
  const used = new Set(entities.map((e) => `${e.locale}/${e.id}`));
  const renamed: { article: string; locale: string; from: string; to: string }[] = [];
  const diagnostics: Diagnostic[] = [];
  const result: T[] = [];
  for (const entity of entities) {
    const key = `${entity.locale}/${entity.id}`;
    const first = firstById.get(key);
    if (!first) {
      firstById.set(key, entity);
      result.push(entity);
      continue;
    }
    const at = `${first.source.file}:${first.source.line}:${first.source.column}`;
    if (first.article === entity.article) {
      diagnostics.push({
        ...entity.source,
        severity: "error",
        message: `${kind} id "${entity.id}" is already defined at ${at}: ${kind} ids must be unique within a locale`,
      });
      continue;
    }
    const id = qualifyId(entity.article, entity.id, (candidate) => used.has(`${entity.locale}/${candidate}`));
    used.add(`${entity.locale}/${id}`);
    renamed.push({ article: entity.article, locale: entity.locale, from: entity.id, to: id });
    diagnostics.push({
      ...entity.source,
      severity: "warning",
      message: `${kind} id "${entity.id}" is already defined at ${at}, so this one is served as "${id}": give it that id (or another unused one) to make the URL explicit`,
    });
    result.push({ ...entity, id });
  }
  return { entities: result, renamed, diagnostics };
}

/** `<article>-<id>`, within IdSchema's length, suffixed `-2`, `-3`… while `isUsed`. */
function qualifyId(article: string, id: string, isUsed: (id: string) => boolean): string {
  const base = `${article}-${id}`.slice(0, 190).replace(/-+$/, "");
  let candidate = base;
  for (let n = 2; isUsed(candidate); n++) candidate = `${base}-${n}`;
  return candidate;
}

/** Deterministic JSON: arrays in catalog order, object keys sorted, two-space indent, final newline. */
export function serializeCatalog(catalog: Catalog): string {
  const ordered = { ...catalog, diagnostics: sortDiagnostics(catalog.diagnostics) };
  return `${JSON.stringify(sortKeys(ordered), null, 2)}\n`;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object") return value;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  return Object.fromEntries(entries.sort(([a], [b]) => compareText(a, b)).map(([k, v]) => [k, sortKeys(v)]));
}
