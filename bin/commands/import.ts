/** `fixpath import`: converts Microsoft-Docs-style Markdown into Fixpath MDX articles (or prints entities as JSON). */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  statSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { extractArticle } from "../../lib/content/extract-article";
import { formatDiagnostic } from "../../lib/content/format-diagnostic";
import { createRootReader } from "../../lib/ingest/document-root";
import { normalizeLanguageTag, toPortalLocale } from "../../lib/ingest/detect-language";
import { importMsDocs, type ImportResult } from "../../lib/ingest/import-msdocs";
import type { Diagnostic } from "../../lib/schema/entities";

interface ImportArgs {
  inputs: string[];
  out?: string;
  json: boolean;
  /** Language of the input, any BCP-47 tag (`sv`, `fr-FR`). */
  locale?: string;
  id?: string;
  product?: string;
  origin?: string;
  /** The documentation root: includes, images and links resolve only inside it (default: the article's folder). */
  root?: string;
}

export const usage = `Usage: fixpath import <file.md|dir> [--out content/<locale>] [--json] [--locale <tag>] [--id <article-id>]
                      [--product <name>] [--origin <text>] [--root <dir>]

Converts Microsoft-Docs-style Markdown into Fixpath MDX (docs/content-format.md).
A directory imports every .md file in it, sorted by name.

  --out DIR        where <article-id>.mdx is written (default content/<locale>)
  --json           print articles, errors, flows and diagnostics as JSON instead of writing files
  --locale TAG     language of the article, any BCP-47 tag such as sv, fr-FR, zh-Hant
                   (default: ms.contentlocale / ms.locale / lang, else en)
  --id ID          article id (default: the h1 anchor, else a slug of the file name)
  --product NAME   product for the front matter (default from ms.service)
  --origin TEXT    where the text came from, for the front matter
  --root DIR       the documentation root: includes, images and relative links resolve only inside it,
                   after resolving symbolic links (default: the folder of each article)

Diagnostics go to stderr as file:line:column severity message. Exits 1 when any is an error.`;

export const summary = "Import Microsoft-Docs Markdown as Fixpath MDX";

/** Parses arguments; returns a message when they are wrong. */
function parseArgs(args: readonly string[]): ImportArgs | string {
  const parsed: ImportArgs = { inputs: [], json: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = (): string | undefined => args[++i];
    if (arg === "--json") parsed.json = true;
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

/** The .md files named by the inputs, directories expanded and sorted. */
function listFiles(inputs: readonly string[]): string[] {
  return inputs.flatMap((input) => {
    if (existsSync(input) && statSync(input).isDirectory()) {
      return readdirSync(input)
        .filter((name) => name.toLowerCase().endsWith(".md"))
        .sort()
        .map((name) => path.join(input, name));
    }
    return [input];
  });
}

function importFile(file: string, args: ImportArgs, knownDocs: Set<string>): ImportResult {
  if (!existsSync(file)) {
    const diagnostic: Diagnostic = {
      file,
      line: 1,
      column: 1,
      severity: "error",
      message: "file not found: check the path",
    };
    const language = args.locale ?? "en";
    return {
      articleId: "missing",
      locale: toPortalLocale(language).locale,
      language,
      mdx: "",
      diagnostics: [diagnostic],
    };
  }
  const root = args.root ?? path.dirname(file);
  const problem = rootProblem(root, file);
  if (problem) {
    const language = args.locale ?? "en";
    const diagnostic: Diagnostic = { file, line: 1, column: 1, severity: "error", message: problem };
    return {
      articleId: "missing",
      locale: toPortalLocale(language).locale,
      language,
      mdx: "",
      diagnostics: [diagnostic],
    };
  }
  return importMsDocs(readFileSync(file), {
    file,
    locale: args.locale,
    articleId: args.id,
    product: args.product,
    origin: args.origin,
    knownDocs,
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

export async function run(rawArgs: string[]): Promise<number> {
  const args = parseArgs(rawArgs);
  if (typeof args === "string") {
    process.stderr.write(`fixpath import: ${args}\n\n${usage}\n`);
    return 2;
  }
  const files = listFiles(args.inputs);
  const knownDocs = new Set(files.map((file) => path.basename(file).replace(/\.md$/i, "")));
  const output = {
    articles: [] as unknown[],
    errors: [] as unknown[],
    flows: [] as unknown[],
    diagnostics: [] as Diagnostic[],
  };
  for (const file of files) {
    const result = importFile(file, args, knownDocs);
    output.diagnostics.push(...result.diagnostics);
    if (!result.mdx) continue;
    const outDir = args.out ?? path.join("content", result.locale);
    const target = path.join(outDir, `${result.articleId}.mdx`);
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
      process.stderr.write(`wrote ${target}\n`);
    }
  }
  if (args.json) process.stdout.write(JSON.stringify(output, null, 2) + "\n");
  else for (const d of output.diagnostics) process.stderr.write(formatDiagnostic(d) + "\n");
  return output.diagnostics.some((d) => d.severity === "error") ? 1 : 0;
}
