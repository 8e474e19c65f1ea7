/** Small accessors for MDX JSX nodes in an mdast tree: component names, literal props and locations. */
import type { Node, Parent } from "unist";
import type { MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import type { SourceLocation } from "@/lib/schema/entities";

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

export function isJsxElement(node: Node): node is JsxElement {
  return node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement";
}

export function isParent(node: Node): node is Parent {
  return Array.isArray((node as Partial<Parent>).children);
}

/** True when the node is the Fixpath component `name`. */
export function isComponent(node: Node, name: string): node is JsxElement {
  return isJsxElement(node) && node.name === name;
}

/** The literal string value of a prop; expression values and bare props count as absent (the validator reports them). */
export function readProp(element: JsxElement, name: string): string | undefined {
  for (const attribute of element.attributes) {
    if (
      attribute.type === "mdxJsxAttribute" &&
      attribute.name === name &&
      typeof attribute.value === "string"
    ) {
      return attribute.value;
    }
  }
  return undefined;
}

/** Where a node starts, as a source location (1:1 when the tree carries no position). */
export function locate(node: Node | undefined, file: string): SourceLocation {
  const start = node?.position?.start;
  return { file, line: start?.line ?? 1, column: start?.column ?? 1 };
}
