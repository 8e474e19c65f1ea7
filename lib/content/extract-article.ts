/**
 * Reads one article's MDX into entities (article, errors with causes and actions, flows) without executing it,
 * validating each against its Zod schema; every problem comes back as a located diagnostic.
 */
import type { Link, Root, RootContent, Text } from "mdast";
import type { Node } from "unist";
import {
  ArticleSchema,
  ErrorEntrySchema,
  FlowSchema,
  type Action,
  type Article,
  type Diagnostic,
  type ErrorEntry,
  type Flow,
  type FlowStep,
  type Locale,
  type Step,
  type TocEntry,
} from "@/lib/schema/entities";
import type { FrontMatter } from "@/lib/schema/front-matter";
import { parseMdx } from "./parse-mdx";
import { validateMdx } from "./validate-mdx";
import { readFrontMatter } from "./read-front-matter";
import { toPlainText } from "./plain-text";
import { claimUniqueSlug, slugifyHeading } from "./slugify-heading";
import { isComponent, isJsxElement, isParent, locate, readProp, type JsxElement } from "./mdx-node";
import { collectLinks, type LocatedLink } from "./collect-links";
import { validateEntity } from "./validate-entity";

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
    errors: walk.errors.map((e) => e.id),
    flows: walk.flows.map((f) => f.id),
    toc: walk.toc,
    text: walk.textParts.join("\n"),
    anchors: walk.anchors,
    redirects: {},
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
    const id = claimUniqueSlug(slugifyHeading(title), this.takenAnchors);
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
    const entry = extractError(element, { ...this.options, section: this.sections.at(-1) }, this.diagnostics);
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

/**
 * Components written on one line (`<Message>text</Message>`) are parsed as inline elements inside a
 * paragraph; they count as children of the enclosing component all the same.
 */
function findChildComponents(parent: JsxElement, name: string): JsxElement[] {
  const found: JsxElement[] = [];
  for (const child of parent.children as Node[]) {
    if (isComponent(child, name)) found.push(child);
    else if (child.type === "paragraph" && isParent(child)) {
      for (const inline of child.children) if (isComponent(inline, name)) found.push(inline);
    }
  }
  return found;
}

/** Children other than the named components (and paragraphs that only wrap them). */
function findOtherChildren(parent: JsxElement, names: readonly string[]): Node[] {
  return (parent.children as Node[]).filter((child) => {
    if (isJsxElement(child) && names.includes(child.name ?? "")) return false;
    if (child.type === "paragraph" && isParent(child)) {
      const meaningful = child.children.filter((c) => !(c.type === "text" && !(c as Text).value.trim()));
      return !(
        meaningful.length > 0 && meaningful.every((c) => isJsxElement(c) && names.includes(c.name ?? ""))
      );
    }
    return true;
  });
}

interface ErrorContext extends ExtractOptions {
  section: string | undefined;
}

function extractError(
  element: JsxElement,
  context: ErrorContext,
  diagnostics: Diagnostic[],
): ErrorEntry | undefined {
  const nodesByPath = new Map<string, Node>();
  const messages = findChildComponents(element, "Message");
  for (const extra of messages.slice(1)) {
    diagnostics.push({
      ...locate(extra, context.file),
      severity: "error",
      message: "an <Error> has one <Message>: merge them or move the text into a <Cause>",
    });
  }
  const causes = findChildComponents(element, "Cause").map((cause, index) => {
    const id = readProp(cause, "id") ?? `cause-${index + 1}`;
    nodesByPath.set(`causes.${index}`, cause);
    return {
      id,
      title: readProp(cause, "title") ?? "",
      explanation: toPlainText(findOtherChildren(cause, ["Action"])),
      actions: extractActions(cause, `${id}-action-`, `causes.${index}.actions`, nodesByPath),
    };
  });
  const draft = {
    id: readProp(element, "id") ?? "",
    locale: context.locale,
    article: context.articleId,
    ...(context.section === undefined ? {} : { section: context.section }),
    title: readProp(element, "title") ?? "",
    codes: (readProp(element, "codes") ?? "").split(/\s+/).filter(Boolean),
    message: messages[0] ? toPlainText(messages[0].children as Node[]) : "",
    causes,
    actions: extractActions(element, "action-", "actions", nodesByPath),
    source: locate(element, context.file),
  };
  return validateEntity(
    ErrorEntrySchema,
    draft,
    `<Error id="${draft.id}">`,
    draft.source,
    (path) => nearestNode(path, nodesByPath, context.file),
    diagnostics,
  );
}

function extractActions(
  parent: JsxElement,
  idPrefix: string,
  path: string,
  nodesByPath: Map<string, Node>,
): Action[] {
  return findChildComponents(parent, "Action").map((action, index) => {
    nodesByPath.set(`${path}.${index}`, action);
    return { id: readProp(action, "id") ?? `${idPrefix}${index + 1}`, steps: extractActionSteps(action) };
  });
}

/** A list gives one step per item; otherwise each paragraph (or other block) is one step; code joins the step before it. */
function extractActionSteps(action: JsxElement): Step[] {
  if (action.type === "mdxJsxTextElement") return [buildStep(action.children as Node[])];
  const steps: Step[] = [];
  for (const block of action.children as Node[]) {
    const previous = steps.at(-1);
    if (block.type === "list" && isParent(block))
      steps.push(...block.children.map((item) => buildStep([item])));
    else if (block.type === "code" && previous) previous.commands.push(...collectCommands([block]));
    else if (!isComponent(block, "Callout")) steps.push(buildStep([block]));
  }
  return steps.filter((step) => step.text !== "" || step.commands.length > 0);
}

function buildStep(nodes: Node[]): Step {
  return { text: toPlainText(nodes), commands: collectCommands(nodes), links: collectStepLinks(nodes) };
}

/** Inline code and fenced code in the nodes, verbatim (trimmed), in document order. */
function collectCommands(nodes: readonly Node[]): string[] {
  const commands: string[] = [];
  const visit = (node: Node) => {
    if (node.type === "inlineCode" || node.type === "code") {
      const value = ((node as { value?: string }).value ?? "").trim();
      if (value) commands.push(value);
    }
    if (isParent(node)) node.children.forEach(visit);
  };
  nodes.forEach(visit);
  return commands;
}

function collectStepLinks(nodes: readonly Node[]): Step["links"] {
  const links: Step["links"] = [];
  const visit = (node: Node) => {
    if (node.type === "link") links.push({ text: toPlainText([node]), href: (node as Link).url });
    else if (isParent(node)) node.children.forEach(visit);
  };
  nodes.forEach(visit);
  return links;
}

function extractFlow(
  element: JsxElement,
  options: ExtractOptions,
  text: string,
  diagnostics: Diagnostic[],
): Flow | undefined {
  const nodesByPath = new Map<string, Node>();
  const seen = new Set<string>();
  const steps = findChildComponents(element, "Step").map((step, index): FlowStep => {
    nodesByPath.set(`steps.${index}`, step);
    const id = readProp(step, "id") ?? `step-${index + 1}`;
    if (seen.has(id))
      diagnostics.push({
        ...locate(step, options.file),
        severity: "error",
        message: `step id "${id}" is used twice in this flow: give each <Step> its own id`,
      });
    seen.add(id);
    return buildFlowStep(step, id, text, options.file);
  });
  const draft = {
    id: readProp(element, "id") ?? "",
    locale: options.locale,
    article: options.articleId,
    title: readProp(element, "title") ?? "",
    kind: readProp(element, "kind") ?? "procedure",
    intro: toPlainText(findOtherChildren(element, ["Step"])),
    steps,
    source: locate(element, options.file),
  };
  return validateEntity(
    FlowSchema,
    draft,
    `<Flow id="${draft.id}">`,
    draft.source,
    (path) => nearestNode(path, nodesByPath, options.file),
    diagnostics,
  );
}

function buildFlowStep(step: JsxElement, id: string, text: string, file: string): FlowStep {
  const children = step.children as RootContent[];
  const markdown = sliceMarkdown(children, text);
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

/** The step's Markdown exactly as written, from its first child to its last. */
function sliceMarkdown(children: readonly Node[], text: string): string | undefined {
  const start = children[0]?.position?.start.offset;
  const end = children.at(-1)?.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  return text.slice(start, end).trim() || undefined;
}

/** Finds the most specific node recorded for a schema issue path, e.g. `causes.0.actions.1.steps`. */
function nearestNode(path: readonly PropertyKey[], nodesByPath: Map<string, Node>, file: string) {
  for (let length = path.length; length > 0; length--) {
    const node = nodesByPath.get(path.slice(0, length).map(String).join("."));
    if (node) return locate(node, file);
  }
  return undefined;
}
