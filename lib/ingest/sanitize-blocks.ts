// Makes free Markdown blocks safe for MDX: raw HTML becomes Markdown, alerts become callouts, tables get plain cells.
import type {
  BlockContent,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  RootContent,
  Table,
  TableCell,
} from "mdast";
import { cleanCellHtml, hasHtml } from "./clean-cell-html";
import { convertCallout } from "./convert-callouts";
import type { DiagnosticSink } from "./diagnostic";
import type { FlowChild } from "./jsx-node";

/** Converts blocks for MDX output; raw HTML that cannot be expressed is dropped with a diagnostic. */
export function sanitizeBlocks(blocks: readonly RootContent[], sink: DiagnosticSink): FlowChild[] {
  return blocks.flatMap((block) => sanitizeBlock(block, sink));
}

function sanitizeBlock(block: RootContent, sink: DiagnosticSink): FlowChild[] {
  switch (block.type) {
    case "html":
      return convertHtmlBlock(block.value, block.position, sink);
    case "paragraph":
      return sanitizeParagraph(block);
    case "blockquote": {
      const callout = convertCallout(block);
      if (callout) {
        callout.children = sanitizeBlocks(callout.children as RootContent[], sink) as typeof callout.children;
        return [callout];
      }
      return [{ ...block, children: sanitizeBlocks(block.children, sink) as BlockContent[] }];
    }
    case "list":
      return [sanitizeList(block, sink)];
    case "table":
      return [flattenTable(block)];
    case "heading":
      return [{ type: "paragraph", children: [{ type: "strong", children: block.children }] }];
    case "yaml":
    case "definition":
    case "footnoteDefinition":
      return [];
    default:
      return [block as FlowChild];
  }
}

function sanitizeParagraph(paragraph: Paragraph): FlowChild[] {
  if (!hasHtml(paragraph.children)) return [paragraph];
  return cleanCellHtml(paragraph.children).blocks.map((block) => withPosition(block, paragraph));
}

function sanitizeList(list: List, sink: DiagnosticSink): List {
  return {
    ...list,
    children: list.children.map((item): ListItem => ({
      ...item,
      children: sanitizeBlocks(item.children, sink) as BlockContent[],
    })),
  };
}

/** A GFM table cell holds one line, so cell lists and paragraphs are joined with "; ". */
function flattenTable(table: Table): Table {
  return {
    ...table,
    children: table.children.map((row) => ({
      ...row,
      children: row.children.map((cell): TableCell => ({ ...cell, children: flattenCell(cell.children) })),
    })),
  };
}

/** The phrasing content of cleaned cell blocks on one line. */
export function flattenCell(children: readonly PhrasingContent[]): PhrasingContent[] {
  if (!hasHtml(children)) return [...children];
  const out: PhrasingContent[] = [];
  const push = (nodes: readonly PhrasingContent[]) => {
    if (out.length > 0) out.push({ type: "text", value: "; " });
    out.push(
      ...nodes.map((node) => (node.type === "break" ? ({ type: "text", value: " " } as const) : node)),
    );
  };
  const walk = (blocks: readonly RootContent[]) => {
    for (const block of blocks) {
      if (block.type === "paragraph") push(block.children);
      else if (block.type === "list") for (const item of block.children) walk(item.children);
    }
  };
  walk(cleanCellHtml(children).blocks);
  return out;
}

function withPosition<T extends Paragraph | List>(block: T, from: Paragraph): T {
  return from.position ? { ...block, position: from.position } : block;
}

/**
 * Raw HTML blocks that hold text (`<dl><dt>…`, `<p>…`) become Markdown paragraphs and lists, so no text is lost;
 * anchors and comments are dropped silently, other text-less HTML with an info diagnostic.
 */
const SCRIPT_ELEMENT = /<(script|style)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi;

function convertHtmlBlock(
  value: string,
  position: { start: { line: number; column: number } } | undefined,
  sink: DiagnosticSink,
): FlowChild[] {
  // Script and style elements are code, not text: removed whole, with their content.
  if (SCRIPT_ELEMENT.test(value)) {
    sink.report(
      position?.start,
      "info",
      "a <script> or <style> element was removed: content cannot run scripts or restyle the site",
    );
    value = value.replace(SCRIPT_ELEMENT, "");
    if (value.trim() === "") return [];
  }
  const text = value.replace(/<!--[\s\S]*?-->/g, "").replace(/<[^>]*>/g, "");
  if (!/[\p{L}\p{N}]/u.test(text)) {
    reportDroppedHtml(value, position?.start, sink);
    return [];
  }
  sink.report(
    position?.start,
    "info",
    `raw HTML ${JSON.stringify(value.trim().slice(0, 40))} was converted to Markdown: MDX allows only Fixpath components; use Markdown`,
  );
  return cleanCellHtml([{ type: "html", value: value.replace(/<!--[\s\S]*?-->/g, "") }]).blocks;
}

function reportDroppedHtml(
  value: string,
  place: { line: number; column: number } | undefined,
  sink: DiagnosticSink,
) {
  if (/^\s*(<a\s+(name|id)=[^>]*>\s*(<\/a>)?\s*)+$/i.test(value) || /^\s*<!--[\s\S]*-->\s*$/.test(value))
    return;
  sink.report(
    place,
    "info",
    `raw HTML ${JSON.stringify(value.trim().slice(0, 40))} was removed: MDX allows only Fixpath components; use Markdown`,
  );
}
