/**
 * remark plugin for rendering: gives every Markdown heading the anchor the catalog lists for it (its table of
 * contents entry, what the link check accepts). Anchors are claimed in document order exactly as the extractor
 * claims them (extract-article.ts): component ids (`<Section>`, `<Error>` and its causes, `<Flow>` and its
 * steps) are reserved, and a heading whose slug is taken gets `-1`, `-2`… (claimHeadingAnchor), so two
 * headings `Orsak` render `id="orsak"` and `id="orsak-1"`. Runs after remarkScopeAnchors, whose cause and step
 * anchors it reserves.
 */
import type { Root } from "mdast";
import type { MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import { toPlainText } from "./plain-text";
import { claimHeadingAnchor } from "./slugify-heading";

type Node = { type: string; children?: Node[]; data?: { hProperties?: Record<string, unknown> } };
type Element = MdxJsxFlowElement | MdxJsxTextElement;

const ANCHORED_COMPONENTS = new Set(["Section", "Error", "Flow", "Cause", "Step"]);

function isElement(node: Node): node is Node & Element {
  return node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement";
}

/** The anchors a component defines: its own id, or the scoped `anchor` remarkScopeAnchors gave a cause or step. */
function componentAnchor(element: Element): string | undefined {
  if (!element.name || !ANCHORED_COMPONENTS.has(element.name)) return undefined;
  const name = element.name === "Cause" || element.name === "Step" ? "anchor" : "id";
  const found = element.attributes.find((a) => a.type === "mdxJsxAttribute" && a.name === name);
  return found && typeof found.value === "string" ? found.value : undefined;
}

function claim(node: Node, taken: Set<string>): void {
  if (node.type === "heading") {
    const id = claimHeadingAnchor(toPlainText([node as never]), taken);
    node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
    return;
  }
  if (isElement(node)) {
    const anchor = componentAnchor(node);
    if (anchor) taken.add(anchor);
  }
  for (const child of node.children ?? []) claim(child, taken);
}

export function remarkHeadingAnchors() {
  return (tree: Root) => claim(tree as unknown as Node, new Set<string>());
}
