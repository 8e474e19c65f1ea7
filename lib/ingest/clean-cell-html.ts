// Turns sloppy HTML in table cells and paragraphs (unclosed <li>, stray </ul>, <br>, </br>, <p> in <li>)
// into Markdown paragraphs and lists, using a spec HTML parser so browsers' repair rules apply.
import type { Element, ElementContent, Root as HastRoot } from "hast";
import { fromHtml } from "hast-util-from-html";
import type { BlockContent, List, ListItem, Paragraph, PhrasingContent } from "mdast";

/** Paragraphs and lists made from a cell, plus the HTML quirks that were repaired. */
export interface CleanedCell {
  blocks: (Paragraph | List)[];
  quirks: string[];
}

const OPEN = "\uE000";
const CLOSE = "\uE001";
const PLACEHOLDER = /\uE000(\d+)\uE001/g;

/** Deepest HTML nesting the cleaner builds a tree for. */
const MAX_HTML_DEPTH = 200;

const VOID_ELEMENTS = new Set([
  "br",
  "hr",
  "img",
  "input",
  "meta",
  "link",
  "wbr",
  "col",
  "area",
  "base",
  "source",
]);

/** How deep the tags of an HTML string nest, counted in one pass (unclosed `<li>`s count, as they would nest). */
function nestingDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  for (const match of html.matchAll(/<(\/?)([a-z][a-z0-9]*)[^>]*?(\/?)>/gi)) {
    const [, closing, name = "", selfClosing] = match;
    if (VOID_ELEMENTS.has(name.toLowerCase()) || selfClosing) continue;
    depth = closing ? Math.max(0, depth - 1) : depth + 1;
    if (depth > deepest) deepest = depth;
  }
  return deepest;
}

/** True when the phrasing nodes contain raw HTML that needs cleaning. */
export function hasHtml(nodes: readonly PhrasingContent[]): boolean {
  return nodes.some((node) => node.type === "html" || ("children" in node && hasHtml(node.children)));
}

/** Cleans the phrasing content of one cell or paragraph into Markdown blocks. */
export function cleanCellHtml(nodes: readonly PhrasingContent[]): CleanedCell {
  // Most cells hold no HTML: their lines become one paragraph without running the HTML parser.
  if (!hasHtml(nodes)) {
    const builder = new BlockBuilder([]);
    for (const node of nodes) {
      if (node.type === "break") builder.breakLine();
      else builder.addPhrasing([node]);
    }
    return { blocks: splitDashLines(builder.finish()), quirks: [] };
  }
  const kept: PhrasingContent[] = [];
  const html = nodes.map((node) => serialize(node, kept)).join("");
  if (nestingDepth(html) > MAX_HTML_DEPTH) {
    // The HTML-to-tree step recurses once per level; hostile nesting keeps its text as one paragraph instead.
    const text = html
      .replace(/<[^>]*>/g, " ")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&");
    const builder = new BlockBuilder(kept);
    builder.addPhrasing(restorePlaceholders(text.replace(/\s+/g, " ").trim(), kept));
    return { blocks: builder.finish(), quirks: [`HTML nested more than ${MAX_HTML_DEPTH} deep`] };
  }
  const tree = fromHtml(html, { fragment: true });
  const builder = new BlockBuilder(kept);
  builder.addChildren(tree.children as ElementContent[]);
  return { blocks: splitDashLines(builder.finish()), quirks: findQuirks(html) };
}

/** Element names a browser knows; any other `<word>` in a cell is text the author meant literally (`<filename>`). */
const HTML_ELEMENTS = new Set(
  (
    "a abbr b bdi bdo big blockquote br caption center cite code col colgroup dd del details dfn div dl dt em " +
    "font h1 h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p pre q s samp small span strike strong sub summary sup " +
    "table tbody td tfoot th thead tr tt u ul var wbr"
  ).split(" "),
);

function serialize(node: PhrasingContent, kept: PhrasingContent[]): string {
  if (node.type === "html") {
    if (/^<a\s+(?:name|id)=/i.test(node.value)) return "";
    const tag = /^<\/?([a-z][a-z0-9-]*)/i.exec(node.value)?.[1]?.toLowerCase();
    return tag && !HTML_ELEMENTS.has(tag) ? escapeHtml(node.value) : node.value;
  }
  if (node.type === "text") return escapeHtml(node.value);
  if (node.type === "break") return "<br>";
  // Emphasis around raw HTML is opened as HTML, so the HTML inside is cleaned too.
  if ((node.type === "strong" || node.type === "emphasis") && hasHtml(node.children)) {
    const tag = node.type === "strong" ? "strong" : "em";
    return `<${tag}>${node.children.map((child) => serialize(child, kept)).join("")}</${tag}>`;
  }
  kept.push(node);
  return `${OPEN}${kept.length - 1}${CLOSE}`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function findQuirks(html: string): string[] {
  const count = (re: RegExp) => (html.match(re) ?? []).length;
  const quirks: string[] = [];
  if (count(/<li\b/gi) > count(/<\/li>/gi)) quirks.push("unclosed <li>");
  if (count(/<\/ul>/gi) > count(/<ul\b/gi) || count(/<\/ol>/gi) > count(/<ol\b/gi))
    quirks.push("stray </ul>");
  if (/<\/br>/i.test(html)) quirks.push("</br>");
  if (/<li\b[^>]*>(?:(?!<\/li>)[\s\S])*<p\b/i.test(html)) quirks.push("<p> inside <li>");
  if (count(/<li\b/gi) > 0 && count(/<[uo]l\b/gi) === 0) quirks.push("<li> outside a list");
  return quirks;
}

/** Builds blocks from hast content; each `<br>` starts a new line, an empty line a new paragraph. */
class BlockBuilder {
  private readonly blocks: (Paragraph | List)[] = [];
  private lines: PhrasingContent[][] = [[]];
  private looseItems: List | undefined;

  constructor(private readonly kept: readonly PhrasingContent[]) {}

  addChildren(children: readonly (ElementContent | HastRoot["children"][number])[]): void {
    for (const child of children) this.add(child as ElementContent);
  }

  /** Adds inline content as it is (no HTML to restore). */
  addPhrasing(nodes: PhrasingContent[]): void {
    this.addInline(nodes);
  }

  /** Starts a new line, as `<br>` does. */
  breakLine(): void {
    this.newLine();
  }

  finish(): (Paragraph | List)[] {
    this.flushParagraph();
    return this.blocks;
  }

  private add(node: ElementContent): void {
    if (node.type === "text") return this.addInline(restorePlaceholders(node.value, this.kept));
    if (node.type !== "element") return;
    const tag = node.tagName;
    if (tag === "br") return this.newLine();
    if (tag === "ul" || tag === "ol") return this.addList(node);
    if (tag === "li") return this.addLooseItem(node);
    if (tag === "p" || tag === "div") {
      this.flushParagraph();
      this.addChildren(node.children);
      return this.flushParagraph();
    }
    this.addInline(convertInline(node, this.kept));
  }

  private addInline(nodes: PhrasingContent[]): void {
    const line = this.lines.at(-1);
    if (nodes.length > 0 && line) {
      if (line.length === 0 && nodes.every(isBlank)) return;
      this.looseItems = undefined;
      line.push(...nodes);
    }
  }

  private newLine(): void {
    this.lines.push([]);
  }

  private addList(element: Element): void {
    this.flushParagraph();
    const list = createList(element.tagName === "ol");
    for (const child of element.children) {
      if (child.type === "element" && child.tagName === "li") {
        list.children.push(convertItem(child, this.kept));
      } else if (!isBlankHast(child)) {
        const orphan = convertItem(
          { type: "element", tagName: "li", properties: {}, children: [child] },
          this.kept,
        );
        const last = list.children.at(-1);
        if (last) last.children.push(...orphan.children);
        else list.children.push(orphan);
      }
    }
    if (list.children.length > 0) this.blocks.push(list);
    this.looseItems = undefined;
  }

  private addLooseItem(element: Element): void {
    const list = this.looseItems;
    this.flushParagraph();
    const item = convertItem(element, this.kept);
    if (list && this.blocks.at(-1) === list) {
      list.children.push(item);
    } else {
      const created = createList(false);
      created.children.push(item);
      this.blocks.push(created);
      this.looseItems = created;
    }
  }

  private flushParagraph(): void {
    let current: PhrasingContent[][] = [];
    const emit = () => {
      const paragraph = linesToParagraph(current);
      if (paragraph) this.blocks.push(paragraph);
      current = [];
    };
    for (const line of this.lines) {
      if (line.every(isBlank)) emit();
      else current.push(line);
    }
    emit();
    this.lines = [[]];
  }
}

function convertItem(element: Element, kept: readonly PhrasingContent[]): ListItem {
  const builder = new BlockBuilder(kept);
  builder.addChildren(element.children);
  const children = splitDashLines(builder.finish()) as BlockContent[];
  return { type: "listItem", spread: false, children };
}

function convertInline(node: ElementContent, kept: readonly PhrasingContent[]): PhrasingContent[] {
  if (node.type === "text") return restorePlaceholders(node.value, kept);
  if (node.type !== "element") return [];
  const children = node.children.flatMap((child) => convertInline(child, kept));
  switch (node.tagName) {
    case "strong":
    case "b":
      return [{ type: "strong", children }];
    case "em":
    case "i":
      return [{ type: "emphasis", children }];
    case "code":
      return [{ type: "inlineCode", value: children.map((c) => ("value" in c ? c.value : "")).join("") }];
    case "a": {
      const href = node.properties?.href;
      return typeof href === "string" ? [{ type: "link", url: href, children }] : children;
    }
    case "br":
      return [{ type: "text", value: " " }];
    default:
      return children;
  }
}

function restorePlaceholders(text: string, kept: readonly PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    const index = match.index ?? 0;
    if (index > last) out.push({ type: "text", value: text.slice(last, index) });
    const node = kept[Number(match[1])];
    if (node) out.push(node);
    last = index + match[0].length;
  }
  if (last < text.length) out.push({ type: "text", value: text.slice(last) });
  return out;
}

function linesToParagraph(lines: PhrasingContent[][]): Paragraph | undefined {
  const children: PhrasingContent[] = [];
  for (const line of lines) {
    const trimmed = trimLine(line);
    if (trimmed.length === 0) continue;
    if (children.length > 0) children.push({ type: "break" });
    children.push(...trimmed);
  }
  return children.length > 0 ? { type: "paragraph", children } : undefined;
}

/** Lines that start with `- ` after a `<br>` are a Markdown list written inside HTML. */
function splitDashLines(blocks: (Paragraph | List)[]): (Paragraph | List)[] {
  return blocks.flatMap((block) => {
    if (block.type !== "paragraph") return [block];
    const lines = splitAtBreaks(block.children);
    const firstDash = lines.findIndex(startsWithDash);
    if (firstDash < 0) return [block];
    const out: (Paragraph | List)[] = [];
    const lead = linesToParagraph(lines.slice(0, firstDash));
    if (lead) out.push(lead);
    const list = createList(false);
    for (const line of lines.slice(firstDash)) {
      if (startsWithDash(line)) {
        const paragraph = linesToParagraph([stripDash(line)]);
        if (paragraph) list.children.push({ type: "listItem", spread: false, children: [paragraph] });
      } else {
        const paragraph = linesToParagraph([line]);
        const last = list.children.at(-1);
        if (paragraph && last) last.children.push(paragraph);
      }
    }
    out.push(list);
    return out;
  });
}

function splitAtBreaks(children: readonly PhrasingContent[]): PhrasingContent[][] {
  const lines: PhrasingContent[][] = [[]];
  for (const child of children) {
    if (child.type === "break") lines.push([]);
    else lines.at(-1)?.push(child);
  }
  return lines;
}

function startsWithDash(line: readonly PhrasingContent[]): boolean {
  const first = trimLine(line)[0];
  return first?.type === "text" && /^[-*]\s/.test(first.value);
}

function stripDash(line: readonly PhrasingContent[]): PhrasingContent[] {
  const [first, ...rest] = trimLine(line);
  if (first?.type !== "text") return [...line];
  const value = first.value.replace(/^[-*]\s+/, "");
  return value ? [{ type: "text", value }, ...rest] : rest;
}

function trimLine(line: readonly PhrasingContent[]): PhrasingContent[] {
  const out = line.map((node) => ({ ...node }) as PhrasingContent);
  while (out.length > 0 && isBlank(out[0]!)) out.shift();
  while (out.length > 0 && isBlank(out.at(-1)!)) out.pop();
  const first = out[0];
  if (first?.type === "text") first.value = first.value.replace(/^\s+/, "");
  const last = out.at(-1);
  if (last?.type === "text") last.value = last.value.replace(/\s+$/, "");
  return out;
}

function isBlank(node: PhrasingContent): boolean {
  return node.type === "text" && node.value.trim() === "";
}

function isBlankHast(node: ElementContent): boolean {
  return node.type === "comment" || (node.type === "text" && node.value.trim() === "");
}

function createList(ordered: boolean): List {
  return { type: "list", ordered, spread: false, children: [] };
}
