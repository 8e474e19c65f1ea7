/**
 * remark plugin for rendering: gives every <Cause> and <Step> an `anchor` prop scoped by its parent
 * (`<errorId>-<causeId>`, `<flowId>-<stepId>`), the same anchors the catalog lists, so two flows'
 * `step-1`s never share an id on the article page. Cause ids the author left out are derived exactly as
 * the extractor derives them (entity-ids.ts), from all the causes of the error at once.
 */
import type { Root } from "mdast";
import type { MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import { nameCauseIds } from "./entity-ids";

type Node = { type: string; children?: Node[] };
type Element = MdxJsxFlowElement | MdxJsxTextElement;

function isElement(node: Node, name: string): node is Node & Element {
  return (
    (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") &&
    (node as unknown as Element).name === name
  );
}

function attributeOf(element: Element, name: string): string | undefined {
  const found = element.attributes.find((a) => a.type === "mdxJsxAttribute" && a.name === name);
  return found && typeof found.value === "string" ? found.value : undefined;
}

function addAnchor(element: Element, anchor: string): void {
  element.attributes.push({ type: "mdxJsxAttribute", name: "anchor", value: anchor });
}

/** The causes of an error: its child <Cause>s, and those written on one line inside a paragraph. */
function causesOf(error: Node): Element[] {
  return (error.children ?? []).flatMap((child) => {
    if (isElement(child, "Cause")) return [child];
    if (child.type === "paragraph") return (child.children ?? []).filter((c) => isElement(c, "Cause"));
    return [];
  }) as Element[];
}

function scope(node: Node): void {
  if (isElement(node, "Error")) {
    const errorId = attributeOf(node, "id");
    const causes = causesOf(node);
    const ids = nameCauseIds(
      causes.map((cause) => ({ id: attributeOf(cause, "id"), title: attributeOf(cause, "title") ?? "" })),
    );
    if (errorId) causes.forEach((cause, index) => addAnchor(cause, `${errorId}-${ids[index]}`));
  }
  if (isElement(node, "Flow")) {
    const flowId = attributeOf(node, "id");
    // A step without an id is `step-<its position>`, as the extractor names it.
    const steps = (node.children ?? []).filter((child) => isElement(child, "Step")) as Element[];
    steps.forEach((step, index) => {
      if (flowId) addAnchor(step, `${flowId}-${attributeOf(step, "id") ?? `step-${index + 1}`}`);
    });
  }
  for (const child of node.children ?? []) scope(child);
}

export function remarkScopeAnchors() {
  return (tree: Root) => scope(tree as unknown as Node);
}
