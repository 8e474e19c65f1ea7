/**
 * Reads one article's MDX into entities (article, errors with causes and actions, flows) without executing it,
 * validating each against its Zod schema; every problem comes back as a located diagnostic.
 */
import type { Root, RootContent } from "mdast";
import type { Node } from "unist";
import {
  ArticleSchema,
  FlowSchema,
  type Article,
  type Diagnostic,
  type ErrorEntry,
  type Flow,
  type FlowStep,
  type Locale,
  type TocEntry,
} from "@/lib/schema/entities";
import type { FrontMatter } from "@/lib/schema/front-matter";
import { parseMdx } from "./parse-mdx";
import { validateMdx } from "./validate-mdx";
import { readFrontMatter } from "./read-front-matter";
import { toPlainText } from "./plain-text";
import { claimHeadingAnchor } from "./slugify-heading";
import { isComponent, isJsxElement, locate, readProp, type JsxElement } from "./mdx-node";
import { collectLinks, type LocatedLink } from "./collect-links";
import { validateEntity } from "./validate-entity";
import { componentsOf, locateIssuePath, othersOf, splitChildren } from "./component-children";
import { collectCommands, extractError } from "./extract-error";
import { sliceMarkdown } from "./markdown-source";

export interface ExtractOptions {
  /** Path of the file relative to the project root, used in diagnostics and `sourcePath`. */
  file: string;
  /** Locale of the folder the file is in. */
  locale: Locale;
  /** The file name without `.mdx`. */
  articleId: string;
}

export interface ExtractedArticle {
  /** Present only when the file has no error-severity problems. */
  article?: Article;
  errors: ErrorEntry[];
  flows: Flow[];
  diagnostics: Diagnostic[];
}

/** What the catalog needs besides the entities: the links to check across files. */
export interface ReadArticle extends ExtractedArticle {
  links: LocatedLink[];
}

/** Extracts an article's entities; never throws on bad content. */
export function extractArticle(source: string, options: ExtractOptions): ExtractedArticle {
  const { article, errors, flows, diagnostics } = readArticle(source, options);
  return { article, errors, flows, diagnostics };
}

/** Like extractArticle, and also returns the article's links with their places, for the catalog's link check. */
export function readArticle(source: string, options: ExtractOptions): ReadArticle {
  const parsed = parseMdx(source, options.file);
  if (!parsed.tree) return { errors: [], flows: [], diagnostics: parsed.diagnostics, links: [] };
  const tree = parsed.tree;
  const formatProblems = validateMdx(tree, options.file);
  const frontMatter = readFrontMatter(tree, options.file, options.locale);
  const diagnostics = [...formatProblems, ...frontMatter.diagnostics];
  const links = collectLinks(tree, options.file);
  // Entities read from content that breaks the format would only repeat its problems in other words.
  if (formatProblems.some((d) => d.severity === "error"))
    return { errors: [], flows: [], diagnostics, links };

  const walk = new ArticleWalk(options, parsed.text, diagnostics);
  walk.visitAll(tree.children);
  const article =
    frontMatter.frontMatter && buildArticle(frontMatter.frontMatter, walk, tree, options, diagnostics);
  if (diagnostics.some((d) => d.severity === "error")) return { errors: [], flows: [], diagnostics, links };
  return { article, errors: walk.errors, flows: walk.flows, diagnostics, links };
}

function buildArticle(
  frontMatter: FrontMatter,
  walk: ArticleWalk,
  tree: Root,
  options: ExtractOptions,
  diagnostics: Diagnostic[],
): Article | undefined {
  const draft = {
    id: options.articleId,
    locale: options.locale,
    title: frontMatter.title,
    description: frontMatter.description,
    product: frontMatter.product,
    updated: frontMatter.updated,
    sourcePath: options.file,
    ...(frontMatter.origin === undefined ? {} : { origin: frontMatter.origin }),
    ...(frontMatter.support === undefined ? {} : { support: frontMatter.support }),
    ...(frontMatter.causeOrder === undefined ? {} : { causeOrder: frontMatter.causeOrder }),
    errors: walk.errors.map((e) => e.id),
    flows: walk.flows.map((f) => f.id),
    toc: walk.toc,
    text: walk.textParts.join("\n"),
    anchors: walk.anchors,
    renamedIds: {},
  };
  const location = locate(tree.children[0], options.file);
  return validateEntity(
    ArticleSchema,
    draft,
    `article "${options.articleId}"`,
    location,
    () => undefined,
    diagnostics,
  );
}

/** One pass over the body in document order, collecting entities, headings, anchors and text. */
class ArticleWalk {
  readonly errors: ErrorEntry[] = [];
  readonly flows: Flow[] = [];
  readonly toc: TocEntry[] = [];
  readonly textParts: string[] = [];
  readonly anchors: string[] = [];
  private readonly takenAnchors = new Set<string>();
  private readonly sections: string[] = [];

  constructor(
    private readonly options: ExtractOptions,
    private readonly text: string,
    private readonly diagnostics: Diagnostic[],
  ) {}

  visitAll(nodes: readonly Node[]): void {
    for (const node of nodes) this.visit(node);
  }

  private visit(node: Node): void {
    if (node.type === "yaml") return;
    if (node.type === "heading") return this.visitHeading(node);
    if (isComponent(node, "Section")) return this.visitSection(node);
    if (isComponent(node, "Error")) return this.visitError(node);
    if (isComponent(node, "Flow")) return this.visitFlow(node);
    if (isJsxElement(node) && !containsOnlyPhrasing(node)) return this.visitAll(node.children);
    this.addText(toPlainText([node]));
  }

  private visitHeading(node: Node): void {
    const title = toPlainText([node]);
    const depth = (node as { depth?: number }).depth ?? 2;
    const id = claimHeadingAnchor(title, this.takenAnchors);
    this.anchors.push(id);
    this.addHeading(id, title, depth);
  }

  private visitSection(element: JsxElement): void {
    const id = readProp(element, "id");
    const title = readProp(element, "title");
    if (id) this.claimAnchor(id, element, "<Section>");
    if (id && title) this.addHeading(id, title, Number(readProp(element, "level") ?? 2));
    if (id) this.sections.push(id);
    this.visitAll(element.children);
    if (id) this.sections.pop();
  }

  private visitError(element: JsxElement): void {
    const context = { ...this.options, section: this.sections.at(-1), source: this.text };
    const entry = extractError(element, context, this.diagnostics);
    const id = readProp(element, "id");
    if (id) this.claimAnchor(id, element, "<Error>");
    for (const cause of entry?.causes ?? []) this.claimAnchor(`${entry?.id}-${cause.id}`, element, "<Cause>");
    if (entry) this.errors.push(entry);
    this.addHeading(id ?? "", readProp(element, "title") ?? "", Number(readProp(element, "level") ?? 2));
    this.visitAll(element.children);
  }

  private visitFlow(element: JsxElement): void {
    const flow = extractFlow(element, this.options, this.text, this.diagnostics);
    const id = readProp(element, "id");
    if (id) this.claimAnchor(id, element, "<Flow>");
    for (const step of flow?.steps ?? []) this.claimAnchor(`${flow?.id}-${step.id}`, element, "<Step>");
    if (flow) this.flows.push(flow);
    this.addHeading(id ?? "", readProp(element, "title") ?? "", Number(readProp(element, "level") ?? 2));
    this.visitAll(element.children);
  }

  /** Component ids are chosen by the author, so a clash is an error rather than a silent renumbering. */
  private claimAnchor(id: string, node: Node, what: string): void {
    if (this.takenAnchors.has(id)) {
      this.report(
        node,
        `${what} id "${id}" is already used by another anchor in this article: ids must be unique`,
      );
      return;
    }
    this.takenAnchors.add(id);
    this.anchors.push(id);
  }

  private addHeading(id: string, title: string, depth: number): void {
    if (title) this.textParts.push(title);
    if (!id || !title || depth > 4) return;
    this.toc.push({ id, title, depth, text: "" });
  }

  private addText(text: string): void {
    if (!text) return;
    this.textParts.push(text);
    const current = this.toc.at(-1);
    if (current) current.text = current.text ? `${current.text}\n${text}` : text;
  }

  private report(node: Node, message: string): void {
    this.diagnostics.push({ ...locate(node, this.options.file), severity: "error", message });
  }
}

/** An inline component such as `<Message>text</Message>` holds phrasing, not blocks. */
function containsOnlyPhrasing(element: JsxElement): boolean {
  return element.type === "mdxJsxTextElement";
}

function extractFlow(
  element: JsxElement,
  options: ExtractOptions,
  source: string,
  diagnostics: Diagnostic[],
): Flow | undefined {
  const nodesByPath = new Map<string, Node>();
  const seen = new Set<string>();
  const children = splitChildren(element, ["Step"], options.file, diagnostics);
  const steps = componentsOf(children, "Step").map((step, index): FlowStep => {
    nodesByPath.set(`steps.${index}`, step);
    const id = readProp(step, "id") ?? `step-${index + 1}`;
    if (seen.has(id))
      diagnostics.push({
        ...locate(step, options.file),
        severity: "error",
        message: `step id "${id}" is used twice in this flow: give each <Step> its own id`,
      });
    seen.add(id);
    return buildFlowStep(step, id, source, options.file);
  });
  const draft = {
    id: readProp(element, "id") ?? "",
    locale: options.locale,
    article: options.articleId,
    title: readProp(element, "title") ?? "",
    kind: readProp(element, "kind") ?? "procedure",
    intro: toPlainText(othersOf(children)),
    steps,
    source: locate(element, options.file),
  };
  return validateEntity(
    FlowSchema,
    draft,
    `<Flow id="${draft.id}">`,
    draft.source,
    (path) => locateIssuePath(path, nodesByPath, options.file),
    diagnostics,
  );
}

function buildFlowStep(step: JsxElement, id: string, source: string, file: string): FlowStep {
  const children = step.children as RootContent[];
  const markdown = sliceMarkdown(children, source);
  const optional = (name: string) => {
    const value = readProp(step, name);
    return value === undefined ? {} : { [name]: value };
  };
  return {
    id,
    text: toPlainText(children),
    ...(markdown ? { markdown } : {}),
    commands: collectCommands(children),
    ...optional("question"),
    ...optional("next"),
    ...optional("yes"),
    ...optional("no"),
    source: locate(step, file),
  };
}
