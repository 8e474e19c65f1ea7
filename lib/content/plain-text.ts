/** Plain text of mdast nodes, for entity fields and search: Markdown and component tags stripped, blocks on their own lines. */
import type { Node } from "unist";
import { isParent } from "./mdx-node";

/** Nodes whose content is not prose a reader sees (front matter, stripped code and the like). */
const SILENT = new Set([
  "yaml",
  "mdxjsEsm",
  "mdxFlowExpression",
  "mdxTextExpression",
  "definition",
  "footnoteDefinition",
]);

/** Block nodes whose text is separated from their neighbours by a line break. */
const BLOCKS = new Set([
  "paragraph",
  "heading",
  "list",
  "listItem",
  "blockquote",
  "code",
  "table",
  "tableRow",
  "thematicBreak",
  "mdxJsxFlowElement",
]);

/** Returns the text of the nodes with runs of whitespace collapsed within each line. */
export function toPlainText(nodes: readonly Node[]): string {
  const lines = collectText(nodes)
    .split("\n")
    .map((line) => line.replace(/[ \t]+/g, " ").trim());
  return lines.filter((line) => line !== "").join("\n");
}

function collectText(nodes: readonly Node[]): string {
  return nodes.map((node) => textOf(node)).join("");
}

function textOf(node: Node): string {
  if (SILENT.has(node.type)) return "";
  if (node.type === "break") return " ";
  if (node.type === "tableCell") return collectText(isParent(node) ? node.children : []) + " ";
  const value = (node as { value?: unknown }).value;
  const own =
    typeof value === "string" ? value : node.type === "image" ? ((node as { alt?: string }).alt ?? "") : "";
  const inner = isParent(node) ? collectText(node.children) : "";
  const text = own + inner;
  return BLOCKS.has(node.type) ? `\n${text}\n` : text;
}
