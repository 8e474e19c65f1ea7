// Imports one troubleshooting article (Microsoft-Docs-style Markdown, or any Markdown reference of errors) as
// Fixpath MDX (docs/content-format.md): errors, flows, sections and callouts, with located diagnostics.
// Never throws: every problem becomes a diagnostic.
import type { PhrasingContent, Root, RootContent } from "mdast";
import type { Diagnostic, Locale } from "../schema/entities";
import { likelyLanguageAndRegion } from "../i18n/locale-info";
import { buildErrorNode } from "./build-error";
import { buildFlow } from "./build-flow";
import {
  classifySection,
  isProblemList,
  isSymptom,
  type ClassifyContext,
  type SectionKind,
} from "./classify-section";
import { findLimitProblem } from "../content/input-limits";
import type { ProductIndex } from "../content/products-file";
import { decodeInput } from "./decode-input";
import type { ReadDocument } from "./document-root";
import { languageOf, normalizeLanguageTag, toPortalLocale } from "./detect-language";
import { DiagnosticSink } from "./diagnostic";
import { addBody, type ErrorDraft, type ErrorPart } from "./error-draft";
import { addCodes, extractFenceCodes, extractFileNameCode } from "./extract-codes";
import { findSections, type SourceSection } from "./find-sections";
import { createComponent, type FlowChild } from "./jsx-node";
import { IdAllocator, normalizeId, type TakenIds } from "./make-id";
import { parseFrontMatter, toIsoDate, type SourceFrontMatter } from "./parse-front-matter";
import { parseMarkdown } from "./parse-markdown";
import { toPlainText } from "./plain-text";
import { readLabelledReference, splitLines } from "./read-labels";
import { firstSentence, readReferenceEntries } from "./read-reference-entries";
import { resolveIncludes } from "./resolve-includes";
import { rewriteLinks } from "./rewrite-links";
import { sanitizeBlocks } from "./sanitize-blocks";
import { findVocabulary, phrasesFor } from "./vocabulary";
import { writeMdx } from "./write-mdx";

export interface ImportOptions {
  /** Path of the input as given (used in diagnostics and the default article id). */
  file: string;
  /** Language of the article, any BCP-47 tag (`sv`, `fr-FR`, `zh-Hant`); default from the front matter, else `en`. */
  locale?: string;
  /** Article id; default the h1 anchor, else a slug of the file name. */
  articleId?: string;
  /**
   * Reads files the article refers to (includes, images, relative links), confined to the documentation root
   * (createRootReader in lib/ingest/document-root.ts); without it every include and image is missing.
   */
  readDocument?: ReadDocument;
  /**
   * Docs imported into the portal: doc name (file name without `.md`) → its article id, e.g.
   * `mars-fr` → `troubleshoot-azure-backup-agent`; links to other docs go to the source site. A set of names
   * means each article id is its name.
   */
  knownDocs?: ReadonlySet<string> | ReadonlyMap<string, string>;
  /**
   * Ids other articles of the same locale already use (errors, flows, sections): a clashing anchor is
   * qualified with the article id instead, e.g. `basic-troubleshooting` → `mars-basic-troubleshooting`.
   */
  takenIds?: TakenIds;
  /** Product name for the front matter; default from `ms.service`. */
  product?: string;
  /**
   * The products file of the content folder: an `ms.service` it lists (as a slug or alias) is written as the
   * product's slug, which the catalog names per locale; without it, `ms.service` becomes a name as before.
   */
  products?: ProductIndex;
  /** Where the text came from, for the front matter; default the file name (and the translation note). */
  origin?: string;
}

export interface ImportResult {
  articleId: string;
  /** The portal locale the article is written to. */
  locale: Locale;
  /** The document's language as a lower-case BCP-47 tag, e.g. `fr-fr`; may be one the portal does not serve. */
  language: string;
  /** The MDX text; empty when the input could not be imported. */
  mdx: string;
  diagnostics: Diagnostic[];
}

const UNKNOWN_DATE = "1970-01-01";

/** Imports one article. */
export function importMsDocs(input: string | Uint8Array, options: ImportOptions): ImportResult {
  const sink = new DiagnosticSink(options.file);
  const fallbackId = normalizeId(options.articleId ?? "") || normalizeId(baseName(options.file)) || "article";
  const fallbackLanguage = normalizeLanguageTag(options.locale) ?? "en";
  const fallbackLocale = toPortalLocale(fallbackLanguage).locale;
  try {
    const decoded = decodeInput(input, sink);
    // Nothing is written for a document that cannot be read or is over a limit: only its diagnostics.
    const notImported = (): ImportResult => ({
      articleId: fallbackId,
      locale: fallbackLocale,
      language: fallbackLanguage,
      mdx: "",
      diagnostics: sink.sorted(),
    });
    if (!decoded.usable) return notImported();
    const limit = findLimitProblem(decoded.text);
    if (limit) {
      sink.report(limit, "error", `${limit.message} (the document was not imported)`);
      return notImported();
    }
    return convertArticle(decoded.text, options, sink);
  } catch (error) {
    sink.report(
      undefined,
      "error",
      `the importer failed on this file (${error instanceof Error ? error.message : String(error)}): please report it with the file`,
    );
    return {
      articleId: fallbackId,
      locale: fallbackLocale,
      language: fallbackLanguage,
      mdx: "",
      diagnostics: sink.sorted(),
    };
  }
}

function convertArticle(text: string, options: ImportOptions, sink: DiagnosticSink): ImportResult {
  const tree = parseMarkdown(text);
  resolveIncludes(tree, text, sink, options.readDocument);
  const frontMatter = parseFrontMatter(tree, sink);
  const language = readLanguage(options.locale, frontMatter, sink);
  const { locale, fellBack } = toPortalLocale(language);
  if (fellBack)
    sink.report(
      undefined,
      "info",
      `language ${language} has no URL form the portal can serve (a lower-case BCP-47 tag such as pt-br): the article is written as ${locale}; pass --locale to choose`,
    );
  const { preamble, sections, roots } = findSections(tree);
  const h1 = findTitleSection(roots, sections);
  const body = h1 ? roots.flatMap((root) => (root === h1 ? root.children : [root])) : roots;
  const articleId = chooseArticleId(options, h1);
  const title = h1?.title || frontMatter.title || articleId;
  const intro = [...preamble, ...(h1?.blocks ?? [])];

  const ids = new IdAllocator(options.takenIds, articleId);
  const converter = new SectionConverter(text, languageOf(language), sections, sink, ids);
  const children: FlowChild[] = [];
  const wholeDocumentCodes = body.length === 0 ? readWholeDocumentCodes(intro, options.file) : [];
  if (wholeDocumentCodes.length > 0) {
    children.push(converter.buildWholeDocumentError(intro, wholeDocumentCodes, h1?.title));
  } else {
    children.push(...converter.convertIntro(intro));
    children.push(...converter.convertSiblings(body));
  }

  const root: Root = { type: "root", children: children as RootContent[] };
  rewriteLinks(root, {
    siteDirectory: `azure/${frontMatter.service ?? ""}`,
    siteLanguage: (frontMatter.contentLocale ?? docsSiteLanguage(locale)).toLowerCase(),
    locale,
    knownDocs: options.knownDocs ?? new Map(),
    anchorIds: converter.anchorIds,
    readDocument: options.readDocument,
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
      product: options.product ?? readProduct(frontMatter, title, options.products),
      updated: updated ?? UNKNOWN_DATE,
      origin: options.origin ?? readOrigin(options.file, frontMatter),
    },
    root.children,
  );
  return { articleId, locale, language, mdx, diagnostics: sink.sorted() };
}

/** The section that titles the document: its only root, or a first heading of depth 1. */
function findTitleSection(
  roots: readonly SourceSection[],
  sections: readonly SourceSection[],
): SourceSection | undefined {
  if (roots.length === 1 && roots[0]!.depth === 1) return roots[0];
  return sections[0]?.depth === 1 ? sections[0] : undefined;
}

/** The article id: the option, else the title's anchor, else a slug of the file name. */
function chooseArticleId(options: Pick<ImportOptions, "articleId" | "file">, h1: SourceSection | undefined) {
  return (
    normalizeId(options.articleId ?? "") ||
    normalizeId(h1?.anchor ?? "") ||
    normalizeId(baseName(options.file)) ||
    "article"
  );
}

/**
 * The id an import of this document would give its article, without converting it: a bulk import learns every
 * document's id first, so links between documents of the set point at the right article.
 */
export function readArticleId(text: string, options: Pick<ImportOptions, "articleId" | "file">): string {
  if (options.articleId) return chooseArticleId(options, undefined);
  const { sections, roots } = findSections(parseMarkdown(text));
  return chooseArticleId(options, findTitleSection(roots, sections));
}

/** The document's language: `--locale`, else the front matter's, else English; unknown vocabularies are said. */
/** The language folder of learn.microsoft.com links for a locale without front matter: `sv` → `sv-se`. */
function docsSiteLanguage(locale: Locale): string {
  const { language, region } = likelyLanguageAndRegion(locale);
  return region ? `${language}-${region}` : language;
}

function readLanguage(
  option: string | undefined,
  frontMatter: SourceFrontMatter,
  sink: DiagnosticSink,
): string {
  const given = option ?? frontMatter.contentLocale;
  const language = normalizeLanguageTag(given);
  if (given && !language)
    sink.report(
      undefined,
      "warning",
      `locale "${given}" is not a BCP-47 language tag: read as en; write e.g. sv-SE`,
    );
  const tag = language ?? "en";
  if (!findVocabulary(languageOf(tag)))
    sink.report(
      undefined,
      "info",
      `no vocabulary for language ${languageOf(tag)}: the document is read by its structure and the words of the other languages; add lib/ingest/vocabulary/${languageOf(tag)}.ts`,
    );
  return tag;
}

/** Codes of a document without headings (a compiler's error page): its example fences', else its file name's. */
function readWholeDocumentCodes(blocks: readonly RootContent[], file: string): string[] {
  const infos = blocks.flatMap((block) =>
    block.type === "code" && block.lang ? [[block.lang, block.meta ?? ""].join(" ")] : [],
  );
  const codes = extractFenceCodes(infos);
  const fromName = extractFileNameCode(file);
  if (codes.length === 0 && fromName) codes.push(fromName);
  return codes;
}

/** Converts sections to components, deciding what each is and keeping every source anchor's id. */
class SectionConverter {
  readonly anchorIds = new Map<string, string>();
  private readonly context: ClassifyContext;
  private readonly causeTitle: string;

  constructor(
    private readonly source: string,
    private readonly language: string,
    sections: readonly SourceSection[],
    private readonly sink: DiagnosticSink,
    private readonly ids: IdAllocator,
  ) {
    const byAnchor = new Map<string, SourceSection>();
    for (const section of sections) {
      for (const alias of [
        section.anchor,
        section.anchor.toLowerCase(),
        section.slug,
        normalizeId(section.anchor),
      ])
        if (alias && !byAnchor.has(alias)) byAnchor.set(alias, section);
    }
    const findSection = (anchor: string) =>
      byAnchor.get(anchor) ?? byAnchor.get(anchor.toLowerCase()) ?? byAnchor.get(normalizeId(anchor));
    this.causeTitle = phrasesFor(language).cause;
    this.context = {
      source,
      sink,
      causeTitle: this.causeTitle,
      findSection,
      errorContext: false,
      copyBudget: { remaining: source.length + 1_000_000 },
      causeTargets: findCauseTargets(sections, findSection),
    };
  }

  /** The article's introduction: text, with any errors it lists (a definition list under the title). */
  convertIntro(blocks: readonly RootContent[]): FlowChild[] {
    const entries = readReferenceEntries(blocks, 2, this.context);
    return [
      ...sanitizeBlocks(entries.blocks, this.sink),
      ...entries.errors.map((draft) => this.writeListedError(draft)),
    ];
  }

  /**
   * Sibling sections in order, each followed by its sub-sections. `prose` is the parent when it is prose only,
   * so that its first sub-section's checklist can become the parent's flow.
   */
  convertSiblings(
    sections: readonly SourceSection[],
    prose?: ProseParent,
    out: FlowChild[] = [],
  ): FlowChild[] {
    const kinds = sections.map((section) => classifySection(section, levelOf(section), this.context));
    const problemList = isProblemList(sections, kinds);
    let proseParent = prose;
    sections.forEach((section, index) => {
      const kind = kinds[index]!;
      const id = this.claimSectionId(section);
      this.warnIfEmpty(section);
      const level = levelOf(section);
      let fixSections: readonly SourceSection[] = [];
      if (kind.kind === "error") {
        fixSections = kind.fixSections;
        out.push(this.writeSectionError(section, kind, id, level));
        proseParent = undefined;
      } else if (isSymptom(section, kind, problemList, this.context)) {
        out.push(this.writeSymptomError(section, kind, id, level));
        proseParent = undefined;
      } else if (kind.kind === "container") {
        out.push(this.writeSection(section, id, level, kind.entries.blocks));
        out.push(...kind.entries.errors.map((draft) => this.writeListedError(draft)));
        proseParent = undefined;
      } else if (kind.kind === "flow") {
        out.push(...this.writeFlow(section, kind, id, level, proseParent, out));
        proseParent = undefined;
      } else {
        const node = this.writeSection(section, id, level, section.blocks);
        out.push(node);
        const proseOnly = section.blocks.every(
          (block) => block.type === "paragraph" || block.type === "html",
        );
        proseParent = proseOnly && section.blocks.length > 0 ? { section, id, node } : undefined;
      }
      const rest = section.children.filter((child) => !fixSections.includes(child));
      if (rest.length > 0) {
        this.convertSiblings(rest, proseParent, out);
        proseParent = undefined;
      }
    });
    return out;
  }

  /** A heading-less document that its fences or file name tag with a code is one error. */
  buildWholeDocumentError(
    blocks: readonly RootContent[],
    codes: string[],
    heading: string | undefined,
  ): FlowChild {
    const first = blocks.find((block) => block.type === "paragraph");
    const title = heading || (first ? firstSentence(toPlainText(first)) : "") || codes.join(", ");
    const draft: ErrorDraft = {
      title,
      codes,
      messages: [],
      parts: [{ kind: "body", blocks: [...blocks] }],
      level: 2,
    };
    return buildErrorNode(draft, { id: this.ids.allocate(codes[0] ?? "", title), sink: this.sink });
  }

  private writeSectionError(
    section: SourceSection,
    kind: Extract<SectionKind, { kind: "error" }>,
    id: string,
    level: number,
  ): FlowChild {
    const { content, codes } = kind;
    const title =
      codes.length === 0 && content.messages[0] ? firstSentence(content.messages[0]) : section.title;
    const draft: ErrorDraft = {
      anchor: section.anchor,
      title: title || section.title,
      codes,
      messages: content.messages,
      parts: content.parts,
      level,
      place: section.place,
    };
    return buildErrorNode(draft, { id, sink: this.sink });
  }

  private writeSymptomError(section: SourceSection, kind: SectionKind, id: string, level: number): FlowChild {
    const parts: ErrorPart[] = [];
    if (kind.kind === "flow") {
      addBody(parts, kind.plan.intro);
      parts.push({
        kind: "action",
        blocks: [{ type: "list", ordered: true, spread: false, children: kind.plan.items }],
      });
      addBody(parts, kind.plan.after);
    } else {
      addBody(parts, section.blocks);
    }
    const codes: string[] = [];
    const draft: ErrorDraft = {
      anchor: section.anchor,
      title: section.title,
      codes,
      messages: [],
      parts,
      level,
      place: section.place,
    };
    return buildErrorNode(draft, { id, sink: this.sink });
  }

  private writeListedError(draft: ErrorDraft): FlowChild {
    const wanted = draft.anchor ?? (draft.codes.join("-") || draft.title.split(/\s+/).slice(0, 8).join(" "));
    const id = this.ids.allocate(wanted, draft.title);
    if (draft.anchor && !this.anchorIds.has(draft.anchor)) this.anchorIds.set(draft.anchor, id);
    const codes: string[] = [];
    addCodes(codes, draft.codes);
    return buildErrorNode({ ...draft, codes }, { id, sink: this.sink });
  }

  private writeSection(
    section: SourceSection,
    id: string,
    level: number,
    blocks: readonly RootContent[],
  ): FlowChild {
    return createComponent(
      "Section",
      { id, title: section.title, level: level === 2 ? undefined : String(level) },
      sanitizeBlocks(blocks, this.sink),
    );
  }

  /**
   * A flow; a checklist that is the first subsection of a prose-only section is that section's flow
   * ("Troubleshoot cache problems" → "Prerequisites"): the flow takes the parent's id and title.
   */
  private writeFlow(
    section: SourceSection,
    kind: Extract<SectionKind, { kind: "flow" }>,
    id: string,
    level: number,
    proseParent: ProseParent | undefined,
    out: FlowChild[],
  ): FlowChild[] {
    const plan = kind.plan;
    const parent =
      plan.kind === "checklist" && proseParent && proseParent.section.depth < section.depth
        ? proseParent
        : undefined;
    if (parent) {
      out.splice(out.indexOf(parent.node), 1);
      this.anchorIds.set(section.anchor, parent.id);
      this.anchorIds.set(section.anchor.toLowerCase(), parent.id);
      plan.intro = [...parent.section.blocks, ...plan.intro];
    }
    const owner = parent
      ? { id: parent.id, title: parent.section.title, level: levelOf(parent.section) }
      : { id, title: section.title, level };
    const { flow, after } = buildFlow(plan, { ...owner, locale: this.language, sink: this.sink });
    return [flow, ...after];
  }

  private claimSectionId(section: SourceSection): string {
    const id = this.ids.allocate(section.anchor, section.title);
    for (const alias of [section.anchor, section.anchor.toLowerCase(), section.slug]) {
      if (!this.anchorIds.has(alias)) this.anchorIds.set(alias, id);
    }
    return id;
  }

  private warnIfEmpty(section: SourceSection): void {
    if (section.blocks.length === 0 && section.children.length === 0) {
      this.sink.report(
        section.place,
        "warning",
        `heading “${section.title}” has no content: add text under it or remove the heading (kept as an empty section)`,
      );
    }
  }
}

/** A prose-only section just written, whose first sub-section's checklist may become its flow. */
interface ProseParent {
  section: SourceSection;
  id: string;
  node: FlowChild;
}

function levelOf(section: SourceSection): number {
  return Math.min(4, Math.max(2, section.depth));
}

function isAnchorLink(node: PhrasingContent): boolean {
  if (node.type === "link") return node.url.startsWith("#");
  return "children" in node && node.children.some(isAnchorLink);
}

/** Sections that "Cause N: [title](#anchor)" lines point at, anywhere in the document. */
function findCauseTargets(
  sections: readonly SourceSection[],
  findSection: (anchor: string) => SourceSection | undefined,
): Set<SourceSection> {
  const targets = new Set<SourceSection>();
  for (const section of sections) {
    for (const block of section.blocks) {
      if (block.type !== "paragraph" || !block.children.some(isAnchorLink)) continue;
      for (const line of splitLines(block.children)) {
        const reference = readLabelledReference(line);
        if (reference?.label.role !== "cause") continue;
        const target = findSection(reference.link.url.slice(1));
        if (target && target !== section) targets.add(target);
      }
    }
  }
  return targets;
}

function readProduct(frontMatter: SourceFrontMatter, title: string, products?: ProductIndex): string {
  const service = frontMatter.service?.trim();
  const listed = service ? products?.slugOf(service) : undefined;
  if (listed) return listed;
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
