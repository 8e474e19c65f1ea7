/** `fixpath import`: converts Microsoft-Docs-style Markdown into Fixpath MDX articles (or prints entities as JSON). */
import { existsSync, mkdirSync, readFileSync, realpathSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { extractArticle } from "../../lib/content/extract-article";
import { formatDiagnostic } from "../../lib/content/format-diagnostic";
import { ProductIndex, readProductsFile } from "../../lib/content/products-file";
import { createRootReader } from "../../lib/ingest/document-root";
import { normalizeLanguageTag, toPortalLocale } from "../../lib/ingest/detect-language";
import { CatalogIds, readDefinedIds } from "../../lib/ingest/catalog-ids";
import {
  docName,
  findIncludedFiles,
  isNavigationFileName,
  listMarkdownFiles,
} from "../../lib/ingest/docs-tree";
import { importMsDocs, readArticleId, type ImportResult } from "../../lib/ingest/import-msdocs";
import type { TakenIds } from "../../lib/ingest/make-id";
import type { Diagnostic } from "../../lib/schema/entities";
import { recordedPath, SyncState } from "../../lib/ingest/sync-state";
import type { SyncEntry } from "../../lib/schema/sync-manifest";

export interface ImportArgs {
  inputs: string[];
  out?: string;
  json: boolean;
  /** Print info diagnostics of a tree import too. */
  verbose: boolean;
  /** Language of the input, any BCP-47 tag (`sv`, `fr-FR`). */
  locale?: string;
  id?: string;
  product?: string;
  origin?: string;
  /** The documentation root: includes, images and links resolve only inside it (default: the article's folder). */
  root?: string;
}

export const usage = `Usage: fixpath import <file.md> [--out content/<locale>] [options]
       fixpath import <docs-dir> [--out content] [options]

Converts Microsoft-Docs-style Markdown into Fixpath MDX (docs/content-format.md).
A directory is a documentation tree: every .md file under it is imported (sorted), except files other files
include (fragments) and README/index/TOC pages that describe no error; links between its documents become
local links. Ids that other articles of the content folder already use are qualified with the article id.

  --out DIR        a file: where <article-id>.mdx is written (default content/<locale>);
                   a directory: the content folder, each article goes to DIR/<locale>/ (default content)
  --json           print articles, errors, flows and diagnostics as JSON instead of writing files
  --locale TAG     language of the article, any BCP-47 tag such as sv, fr-FR, zh-Hant
                   (default: ms.contentlocale / ms.locale / lang, else en)
  --id ID          article id (default: the h1 anchor, else a slug of the file name)
  --product NAME   product for the front matter (default from ms.service)
  --origin TEXT    where the text came from, for the front matter
  --root DIR       the documentation root: includes, images and relative links resolve only inside it,
                   after resolving symbolic links (default: the directory given, or the folder of the file)
  --verbose        a directory: print info diagnostics too (by default only warnings and errors)

Diagnostics go to stderr as file:line:column severity message. Exits 1 when any is an error.`;

export const summary = "Import Microsoft-Docs Markdown as Fixpath MDX";

/** Parses arguments; returns a message when they are wrong. */
function parseArgs(args: readonly string[]): ImportArgs | string {
  const parsed: ImportArgs = { inputs: [], json: false, verbose: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = (): string | undefined => args[++i];
    if (arg === "--json") parsed.json = true;
    else if (arg === "--verbose") parsed.verbose = true;
    else if (arg === "--out") parsed.out = value();
    else if (arg === "--id") parsed.id = value();
    else if (arg === "--product") parsed.product = value();
    else if (arg === "--origin") parsed.origin = value();
    else if (arg === "--root") parsed.root = value();
    else if (arg === "--locale") {
      const locale = normalizeLanguageTag(value());
      if (!locale) return "--locale must be a language tag such as sv, fr-FR or zh-Hant";
      parsed.locale = locale;
    } else if (arg.startsWith("--")) return `unknown option ${arg}`;
    else parsed.inputs.push(arg);
  }
  if (parsed.inputs.length === 0) return "give a .md file or a directory to import";
  return parsed;
}

/** One document to import: its path, its documentation root, and its text when it could be read. */
export interface SourceDocument {
  file: string;
  /** The directory given on the command line that holds it, or the file's own folder. */
  root: string;
  text?: string;
}

/** The documents named by the inputs: directories walked recursively (sorted), fragments and unreadable left out. */
function listDocuments(inputs: readonly string[], diagnostics: Diagnostic[]): SourceDocument[] {
  const files = inputs.flatMap((input) =>
    existsSync(input) && statSync(input).isDirectory()
      ? listMarkdownFiles(input).map((file) => ({ file, root: input }))
      : [{ file: input, root: path.dirname(input) }],
  );
  const documents = files.map(({ file, root }) => ({
    file,
    root,
    text: existsSync(file) && statSync(file).isFile() ? readFileSync(file, "utf8") : undefined,
  }));
  const texts = new Map(documents.flatMap((d) => (d.text === undefined ? [] : [[d.file, d.text] as const])));
  const fragments = findIncludedFiles(texts);
  return documents.filter((document) => {
    if (!fragments.has(path.resolve(document.file))) return true;
    diagnostics.push(
      located(
        document.file,
        "info",
        "included by another document: imported as part of it, not as an article",
      ),
    );
    return false;
  });
}

function located(file: string, severity: Diagnostic["severity"], message: string): Diagnostic {
  return { file, line: 1, column: 1, severity, message };
}

/** The result for a document that was not read at all: one error saying why, nothing written. */
function notImported(file: string, locale: string | undefined, why: string): ImportResult {
  const language = locale ?? "en";
  return {
    articleId: "missing",
    locale: toPortalLocale(language).locale,
    language,
    mdx: "",
    diagnostics: [located(file, "error", why)],
  };
}

/** Imports one document of a run (never throws: problems are diagnostics); `sync` re-imports through it too. */
export function importFile(
  document: SourceDocument,
  args: Pick<ImportArgs, "locale" | "id" | "product" | "origin" | "root">,
  knownDocs: ReadonlyMap<string, string>,
  takenIds: TakenIds,
  products?: ProductIndex,
): ImportResult {
  const { file, text } = document;
  if (text === undefined) return notImported(file, args.locale, "file not found: check the path");
  const root = args.root ?? document.root;
  const problem = rootProblem(root, file);
  if (problem) return notImported(file, args.locale, problem);
  return importMsDocs(text, {
    file,
    locale: args.locale,
    articleId: args.id,
    product: args.product,
    origin: args.origin,
    knownDocs,
    takenIds,
    products,
    readDocument: createRootReader(root, file),
  });
}

/** Why `file` cannot be imported from `root`: the root is no folder, or the file lies outside it. */
function rootProblem(root: string, file: string): string | undefined {
  if (!existsSync(root) || !statSync(root).isDirectory())
    return `the documentation root ${root} is not a folder: pass --root with the folder that holds the docs`;
  const relative = path.relative(realpathSync(root), realpathSync(file));
  if (relative.startsWith("..") || path.isAbsolute(relative))
    return `the file is outside the documentation root ${root}: pass a --root that contains it`;
  return undefined;
}

/** The content folder's products file, to name products by its slugs; its problems join the run's. */
export function readProductIndex(contentDir: string, diagnostics: Diagnostic[]): ProductIndex | undefined {
  const { products, diagnostics: problems } = readProductsFile(contentDir, process.cwd());
  diagnostics.push(...problems);
  return products && new ProductIndex(products);
}

/** An article as the sync record names it: its path relative to the content folder, `/` separators. */
function articleKey(contentDir: string, target: string): string {
  return path.relative(contentDir, target).split(path.sep).join("/");
}

function readIfExists(file: string): string | undefined {
  return existsSync(file) ? readFileSync(file, "utf8") : undefined;
}

/** What `fixpath sync` needs to import the document again the same way (lib/schema/sync-manifest.ts). */
function syncEntry(
  document: SourceDocument,
  args: ImportArgs,
  target: string,
  contentDir: string,
  articleId: string,
): SyncEntry {
  const projectRoot = process.cwd();
  return {
    article: articleKey(contentDir, target),
    articleId,
    source: recordedPath(document.file, projectRoot),
    root: recordedPath(args.root ?? document.root, projectRoot),
    options: {
      ...(args.locale ? { locale: args.locale } : {}),
      ...(args.id ? { id: args.id } : {}),
      ...(args.product ? { product: args.product } : {}),
      ...(args.origin ? { origin: args.origin } : {}),
    },
  };
}

/** Rewrites one line of stderr on a terminal; elsewhere (logs, CI) prints nothing until the summary. */
function showProgress(done: number, total: number, file: string): void {
  if (!process.stderr.isTTY || total < 2) return;
  const line = `importing ${done}/${total} ${file}`;
  process.stderr.write(
    `\r${line.slice(0, (process.stderr.columns || 80) - 1).padEnd((process.stderr.columns || 80) - 1)}`,
  );
}

export async function run(rawArgs: string[]): Promise<number> {
  const args = parseArgs(rawArgs);
  if (typeof args === "string") {
    process.stderr.write(`fixpath import: ${args}\n\n${usage}\n`);
    return 2;
  }
  const started = performance.now();
  const diagnostics: Diagnostic[] = [];
  // A directory is a documentation tree: --out is then the content folder, each article goes to its locale's.
  const tree = args.inputs.some((input) => existsSync(input) && statSync(input).isDirectory());
  const contentDir = tree ? (args.out ?? "content") : args.out ? path.dirname(args.out) : "content";
  const documents = listDocuments(args.inputs, diagnostics);
  const knownDocs = new Map(
    documents.flatMap((d) =>
      d.text === undefined
        ? []
        : [[docName(d.file), readArticleId(d.text, { file: d.file, articleId: args.id })] as const],
    ),
  );
  const catalogIds = CatalogIds.read(contentDir);
  const products = readProductIndex(contentDir, diagnostics);
  // What sync needs is recorded with every written article; a damaged record is reported and left as it is.
  const sync = args.json ? undefined : SyncState.read(contentDir);
  diagnostics.push(...(sync?.diagnostics ?? []));
  const syncRecord = sync?.diagnostics.length === 0 ? sync.state : undefined;
  const written = new Set<string>();
  const output = {
    articles: [] as unknown[],
    errors: [] as unknown[],
    flows: [] as unknown[],
    diagnostics,
  };
  let articles = 0;
  let errors = 0;
  for (const [index, document] of documents.entries()) {
    showProgress(index + 1, documents.length, document.file);
    const articleId = knownDocs.get(docName(document.file)) ?? "";
    const result = importFile(document, args, knownDocs, catalogIds.takenFor(articleId), products);
    if (result.mdx && isNavigationFileName(document.file) && !result.mdx.includes("<Error")) {
      diagnostics.push(
        located(
          document.file,
          "info",
          "a README, index or TOC page that describes no error: skipped (import it by name to keep it)",
        ),
      );
      continue;
    }
    diagnostics.push(...result.diagnostics);
    if (!result.mdx) continue;
    const outDir = tree
      ? path.join(contentDir, result.locale)
      : (args.out ?? path.join("content", result.locale));
    const target = path.join(outDir, `${result.articleId}.mdx`);
    if (written.has(target)) {
      diagnostics.push(
        located(
          document.file,
          "error",
          `another document of this import is also article "${result.articleId}" (${result.locale}), so this one was not written: import it on its own with --id`,
        ),
      );
      continue;
    }
    if (!args.json && syncRecord?.hasHandEdits(articleKey(contentDir, target), readIfExists(target))) {
      diagnostics.push(
        located(
          target,
          "warning",
          "edited by hand since its last import, so it was not overwritten: run `fixpath sync` to merge the new import into it (or delete it to import afresh)",
        ),
      );
      continue;
    }
    written.add(target);
    catalogIds.add(result.articleId, readDefinedIds(result.mdx));
    articles++;
    errors += (result.mdx.match(/<Error\s/g) ?? []).length;
    if (args.json) {
      const extracted = extractArticle(result.mdx, {
        file: target,
        locale: result.locale,
        articleId: result.articleId,
      });
      if (extracted.article) {
        output.articles.push({
          id: extracted.article.id,
          locale: extracted.article.locale,
          title: extracted.article.title,
        });
      }
      output.errors.push(...extracted.errors);
      output.flows.push(...extracted.flows);
      output.diagnostics.push(...extracted.diagnostics);
    } else {
      mkdirSync(outDir, { recursive: true });
      writeFileSync(target, result.mdx);
      syncRecord?.record(syncEntry(document, args, target, contentDir, result.articleId), result.mdx);
      if (!tree) process.stderr.write(`wrote ${target}\n`);
    }
  }
  if (written.size > 0) syncRecord?.save();
  if (process.stderr.isTTY && documents.length > 1) process.stderr.write("\n");
  if (args.json) process.stdout.write(JSON.stringify(output, null, 2) + "\n");
  else for (const d of output.diagnostics) process.stderr.write(formatDiagnostic(d) + "\n");
  if (tree && !args.json) {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stderr.write(
      `imported ${articles} article(s), ${errors} error(s) from ${documents.length} document(s) into ${contentDir} in ${seconds} s\n`,
    );
  }
  return output.diagnostics.some((d) => d.severity === "error") ? 1 : 0;
}
