/**
 * remark plugin for rendering: gives every <Cause> and <Step> an `anchor` prop scoped by its parent
 * (`<errorId>-<causeId>`, `<flowId>-<stepId>`), the same anchors the catalog lists, so two flows'
 * `step-1`s never share an id on the article page.
 */
import type { Root } from "mdast";
import type { MdxJsxFlowElement } from "mdast-util-mdx-jsx";

type Node = { type: string; children?: Node[] };

function attributeOf(element: MdxJsxFlowElement, name: string): string | undefined {
  const found = element.attributes.find((a) => a.type === "mdxJsxAttribute" && a.name === name);
  return found && typeof found.value === "string" ? found.value : undefined;
}

function scope(node: Node, parentId: string | undefined): void {
  let stepCount = 0;
  let causeCount = 0;
  for (const child of node.children ?? []) {
    let childParent = parentId;
    if (child.type === "mdxJsxFlowElement") {
      const element = child as unknown as MdxJsxFlowElement;
      if (element.name === "Error" || element.name === "Flow") childParent = attributeOf(element, "id");
      const own =
        element.name === "Cause"
          ? (attributeOf(element, "id") ?? `cause-${++causeCount}`)
          : element.name === "Step"
            ? (attributeOf(element, "id") ?? `step-${++stepCount}`)
            : undefined;
      if (own && parentId)
        element.attributes.push({ type: "mdxJsxAttribute", name: "anchor", value: `${parentId}-${own}` });
    }
    scope(child, childParent);
  }
}

export function remarkScopeAnchors() {
  return (tree: Root) => scope(tree as unknown as Node, undefined);
}
