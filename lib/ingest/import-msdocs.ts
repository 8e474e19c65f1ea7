// Imports one Microsoft-Docs-style Markdown article as Fixpath MDX (docs/content-format.md): errors, flows,
// sections and callouts, with located diagnostics. Never throws: every problem becomes a diagnostic.
import type { Root, RootContent } from "mdast";
import type { Diagnostic, Locale } from "../schema/entities";
import { likelyLanguageAndRegion, localeFromLanguageTag } from "../i18n/locale-info";
import { analyzeErrorSection, isErrorSection } from "./analyze-error-section";
import { buildErrorNodes } from "./build-error";
import { buildFlow, planFlow } from "./build-flow";
import { decodeInput } from "./decode-input";
import { DiagnosticSink } from "./diagnostic";
import { extractFileNameCode } from "./extract-codes";
import { findSections, type SourceSection } from "./find-sections";
import { createComponent, type FlowChild } from "./jsx-node";
import { IdAllocator, normalizeId, slugifyHeading } from "./make-id";
import { parseFrontMatter, toIsoDate, type SourceFrontMatter } from "./parse-front-matter";
import { parseMarkdown } from "./parse-markdown";
import { toPlainText } from "./plain-text";
import { resolveIncludes } from "./resolve-includes";
import { rewriteLinks } from "./rewrite-links";
import { sanitizeBlocks } from "./sanitize-blocks";
import { writeMdx } from "./write-mdx";

export interface ImportOptions {
  /** Path of the input as given (used in diagnostics and the default article id). */
  file: string;
  /** Locale of the article; default from `ms.contentlocale`/`ms.locale`, else `en`. */
  locale?: Locale;
  /** Article id; default the h1 anchor, else a slug of the file name. */
  articleId?: string;
  /** Reads a file relative to the article (includes, images); undefined when it does not exist. */
  readInclude?: (relativePath: string) => string | undefined;
  /** Doc names (`name` or `name.md`) imported into the portal; links to others go to the source site. */
  knownDocs?: Set<string>;
  /** Product name for the front matter; default from `ms.service`. */
  product?: string;
  /** Where the text came from, for the front matter; default the file name (and the translation note). */
  origin?: string;
}

export interface ImportResult {
  articleId: string;
  locale: Locale;
  /** The MDX text; empty when the input could not be imported. */
  mdx: string;
  diagnostics: Diagnostic[];
}

const UNKNOWN_DATE = "1970-01-01";

/** Imports one article. */
export function importMsDocs(input: string | Uint8Array, options: ImportOptions): ImportResult {
  const sink = new DiagnosticSink(options.file);
  const fallbackId = normalizeId(options.articleId ?? "") || normalizeId(baseName(options.file)) || "article";
  const fallbackLocale = options.locale ?? "en";
  try {
    const decoded = decodeInput(input, sink);
    if (!decoded.usable)
      return { articleId: fallbackId, locale: fallbackLocale, mdx: "", diagnostics: sink.sorted() };
    return convertArticle(decoded.text, options, sink);
  } catch (error) {
    sink.report(
      undefined,
      "error",
      `the importer failed on this file (${error instanceof Error ? error.message : String(error)}): please report it with the file`,
    );
    return { articleId: fallbackId, locale: fallbackLocale, mdx: "", diagnostics: sink.sorted() };
  }
}

function convertArticle(text: string, options: ImportOptions, sink: DiagnosticSink): ImportResult {
  const tree = parseMarkdown(text);
  resolveIncludes(tree, text, sink, options.readInclude);
  const frontMatter = parseFrontMatter(tree, sink);
  const locale = options.locale ?? readLocale(frontMatter.contentLocale) ?? "en";
  if (!options.locale && frontMatter.contentLocale !== undefined && !readLocale(frontMatter.contentLocale))
    sink.report(
      undefined,
      "warning",
      `the front matter's locale "${frontMatter.contentLocale.slice(0, 40)}" is not a language tag: imported as ${locale}; pass --locale to choose`,
    );
  const { preamble, sections } = findSections(tree);
  const h1 = sections[0]?.depth === 1 ? sections[0] : undefined;
  const body = h1 ? sections.slice(1) : sections;
  const articleId =
    normalizeId(options.articleId ?? "") ||
    normalizeId(h1?.anchor ?? "") ||
    normalizeId(baseName(options.file)) ||
    "article";
  const title = h1?.title || frontMatter.title || articleId;
  const intro = [...preamble, ...(h1?.blocks ?? [])];

  const children: FlowChild[] = [];
  const anchorIds = new Map<string, string>();
  if (body.length === 0 && extractFileNameCode(options.file)) {
    children.push(...buildWholeDocumentError(intro, options.file, title, sink));
  } else {
    children.push(...sanitizeBlocks(intro, sink));
    children.push(...convertSections(body, text, locale, sink, anchorIds));
  }

  const root: Root = { type: "root", children: children as RootContent[] };
  rewriteLinks(root, {
    siteDirectory: `azure/${frontMatter.service ?? ""}`,
    siteLanguage: (frontMatter.contentLocale ?? docsSiteLanguage(locale)).toLowerCase(),
    locale,
    knownDocs: options.knownDocs ?? new Set(),
    anchorIds,
    readInclude: options.readInclude,
    sink,
  });
  const updated = toIsoDate(frontMatter.date);
  if (!updated)
    sink.report(
      undefined,
      "warning",
      `no readable ms.date in the front matter: set \`updated\` by hand (${UNKNOWN_DATE} was written)`,
    );
  const mdx = writeMdx(
    {
      title,
      description: frontMatter.description || firstParagraphText(intro) || title,
      product: options.product ?? readProduct(frontMatter, title),
      updated: updated ?? UNKNOWN_DATE,
      origin: options.origin ?? readOrigin(options.file, frontMatter),
    },
    root.children,
  );
  return { articleId, locale, mdx, diagnostics: sink.sorted() };
}

/** Converts the sections after the h1, in order; `anchorIds` learns every source anchor's id. */
function convertSections(
  sections: readonly SourceSection[],
  source: string,
  locale: Locale,
  sink: DiagnosticSink,
  anchorIds: Map<string, string>,
): FlowChild[] {
  const ids = new IdAllocator();
  const out: FlowChild[] = [];
  let proseParent: { section: SourceSection; id: string; node: FlowChild } | undefined;
  sections.forEach((section, index) => {
    const id = ids.allocate(section.anchor, section.title);
    for (const alias of [section.anchor, section.anchor.toLowerCase(), slugifyHeading(section.title)]) {
      if (!anchorIds.has(alias)) anchorIds.set(alias, id);
    }
    const level = Math.min(4, Math.max(2, section.depth));
    const next = sections[index + 1];
    if (section.blocks.length === 0 && (!next || next.depth <= section.depth)) {
      sink.report(
        section.place,
        "warning",
        `heading “${section.title}” has no content: add text under it or remove the heading (kept as an empty section)`,
      );
    }
    const analysis = analyzeErrorSection(section, source, sink);
    if (isErrorSection(analysis)) {
      out.push(...buildErrorNodes(analysis, { id, title: section.title, level, locale, ids, sink }));
      proseParent = undefined;
      return;
    }
    const plan = planFlow(section.blocks, sink);
    if (plan) {
      // A checklist that is the first subsection of a prose-only section is that section's flow
      // ("Troubleshoot cache problems" → "Prerequisites"): the flow takes the parent's id and title.
      const parent =
        plan.kind === "checklist" && proseParent && proseParent.section.depth < section.depth
          ? proseParent
          : undefined;
      if (parent) {
        out.splice(out.indexOf(parent.node), 1);
        anchorIds.set(section.anchor, parent.id);
        anchorIds.set(section.anchor.toLowerCase(), parent.id);
        plan.intro = [...parent.section.blocks, ...plan.intro];
      }
      const owner = parent
        ? {
            id: parent.id,
            title: parent.section.title,
            level: Math.min(4, Math.max(2, parent.section.depth)),
          }
        : { id, title: section.title, level };
      const { flow, after } = buildFlow(plan, { ...owner, locale, sink });
      out.push(flow, ...after);
      proseParent = undefined;
      return;
    }
    const node = createComponent(
      "Section",
      { id, title: section.title, level: level === 2 ? undefined : String(level) },
      sanitizeBlocks(section.blocks, sink),
    );
    out.push(node);
    const proseOnly = section.blocks.every((block) => block.type === "paragraph" || block.type === "html");
    proseParent = proseOnly && section.blocks.length > 0 ? { section, id, node } : undefined;
  });
  return out;
}

/** A document without headings (like a compiler's error page) that a file name names by code is one error. */
function buildWholeDocumentError(
  intro: readonly RootContent[],
  file: string,
  title: string,
  sink: DiagnosticSink,
): FlowChild[] {
  const code = extractFileNameCode(file)!;
  const firstIndex = intro.findIndex((block) => block.type === "paragraph");
  const message = firstIndex >= 0 ? toPlainText(intro[firstIndex]!) : "";
  const rest = intro.filter((_, index) => index !== firstIndex);
  const messageNode = message
    ? [createComponent("Message", {}, [{ type: "paragraph", children: [{ type: "text", value: message }] }])]
    : [];
  return [
    createComponent(
      "Error",
      { id: normalizeId(code), title: title === normalizeId(baseName(file)) ? code : title, codes: code },
      [...messageNode, ...sanitizeBlocks(rest, sink)],
    ),
  ];
}

/** The article's locale from `ms.contentlocale`/`ms.locale` in URL form: `sv-SE` → `sv`, `zh-Hans` → `zh-hans`. */
function readLocale(contentLocale: string | undefined): Locale | undefined {
  return contentLocale === undefined ? undefined : localeFromLanguageTag(contentLocale);
}

/** The language folder of learn.microsoft.com links for a locale without front matter: `sv` → `sv-se`. */
function docsSiteLanguage(locale: Locale): string {
  const { language, region } = likelyLanguageAndRegion(locale);
  return region ? `${language}-${region}` : language;
}

function readProduct(frontMatter: SourceFrontMatter, title: string): string {
  const service = frontMatter.service?.trim();
  return service ? `Azure ${service.charAt(0).toUpperCase()}${service.slice(1)}` : title;
}

function readOrigin(file: string, frontMatter: SourceFrontMatter): string {
  const name = file.split(/[\\/]/).pop() ?? file;
  const translated = frontMatter.translationType?.toUpperCase() === "MT";
  return translated ? `${name} (${frontMatter.contentLocale ?? "unknown locale"} machine translation)` : name;
}

function firstParagraphText(blocks: readonly RootContent[]): string {
  const paragraph = blocks.find((block) => block.type === "paragraph");
  return paragraph ? toPlainText(paragraph) : "";
}

function baseName(file: string): string {
  return (file.split(/[\\/]/).pop() ?? file).replace(/\.[^.]+$/, "");
}
