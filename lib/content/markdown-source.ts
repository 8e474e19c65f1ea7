/**
 * The Markdown of parsed MDX nodes exactly as the author wrote it, for entity fields that keep rich text
 * (steps, explanations, an error's body): sliced from the source by offsets, de-indented to where the nodes
 * start, with `<Callout type="note">` turned into the Markdown alert `> [!NOTE]` that any Markdown reader
 * (and the site's rich-text parser) understands, so the result is plain Markdown, not MDX.
 */
import type { Node } from "unist";
import { isComponent, isParent, readProp, type JsxElement } from "./mdx-node";

interface Span {
  start: number;
  end: number;
  /** Columns of indentation the text had in the source. */
  indent: number;
}

/** The Markdown of `nodes`, which must be siblings in document order, from the first to the last. */
export function sliceMarkdown(nodes: readonly Node[], source: string): string {
  const first = nodes[0]?.position?.start;
  const last = nodes.at(-1)?.position?.end;
  if (first?.offset === undefined || last?.offset === undefined) return "";
  const span = { start: first.offset, end: last.offset, indent: first.column - 1 };
  return dedent(replaceCallouts(nodes, span, source), span.indent).trim();
}

/** The Markdown of blocks that need not be neighbours (e.g. an error's body between its causes), one after another. */
export function joinBlocksMarkdown(blocks: readonly Node[], source: string): string {
  return blocks
    .map((block) => sliceMarkdown([block], source))
    .filter((markdown) => markdown !== "")
    .join("\n\n");
}

/** The source text of a span, with every outermost `<Callout>` inside it rewritten as an alert. */
function replaceCallouts(nodes: readonly Node[], span: Span, source: string): string {
  let text = "";
  let at = span.start;
  for (const callout of findCallouts(nodes)) {
    const start = callout.position?.start;
    const end = callout.position?.end.offset;
    if (start?.offset === undefined || end === undefined || start.offset < at) continue;
    text += source.slice(at, start.offset);
    text += reindent(toAlert(callout, source), start.column - 1);
    at = end;
  }
  return text + source.slice(at, span.end);
}

/** `<Callout type="tip">Text</Callout>` → `> [!TIP]\n> Text`. */
function toAlert(callout: JsxElement, source: string): string {
  const type = (readProp(callout, "type") ?? "note").toUpperCase();
  const inner = sliceMarkdown(callout.children as Node[], source);
  const lines = inner === "" ? [] : inner.split("\n");
  return [`> [!${type}]`, ...lines.map((line) => (line === "" ? ">" : `> ${line}`))].join("\n");
}

function findCallouts(nodes: readonly Node[]): JsxElement[] {
  const found: JsxElement[] = [];
  const visit = (node: Node) => {
    if (isComponent(node, "Callout")) found.push(node);
    else if (isParent(node)) node.children.forEach(visit);
  };
  nodes.forEach(visit);
  return found;
}

/** Indents every line but the first by `columns` spaces, so a replacement sits where the original did. */
function reindent(text: string, columns: number): string {
  const pad = " ".repeat(columns);
  return text
    .split("\n")
    .map((line, index) => (index === 0 || line === "" ? line : pad + line))
    .join("\n");
}

/** Removes up to `columns` leading spaces from every line but the first (which starts where the node does). */
function dedent(text: string, columns: number): string {
  if (columns === 0) return text;
  const indentation = new RegExp(`^ {1,${columns}}`);
  return text
    .split("\n")
    .map((line, index) => (index === 0 ? line : line.replace(indentation, "")))
    .join("\n");
}
