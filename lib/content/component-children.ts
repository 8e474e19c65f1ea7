/** The children of a Fixpath component, split into the named child components and everything else, in order. */
import type { Text } from "mdast";
import type { Node } from "unist";
import type { Diagnostic, SourceLocation } from "@/lib/schema/entities";
import { isJsxElement, isParent, locate, type JsxElement } from "./mdx-node";

/** One child in document order: a named component, or any other node (free Markdown). */
export type ComponentChild =
  { component: JsxElement; other?: undefined } | { other: Node; component?: undefined };

/**
 * Splits the children of `parent` in document order. Components written on one line
 * (`<Message>text</Message>`) are parsed as inline elements inside a paragraph; they count as children all
 * the same. A paragraph that mixes such a component with other text is reported: nothing of it is lost, but
 * where the text belongs is ambiguous.
 */
export function splitChildren(
  parent: JsxElement,
  names: readonly string[],
  file: string,
  diagnostics: Diagnostic[],
): ComponentChild[] {
  const isNamed = (node: Node): node is JsxElement => isJsxElement(node) && names.includes(node.name ?? "");
  const children: ComponentChild[] = [];
  for (const child of parent.children as Node[]) {
    if (isNamed(child)) children.push({ component: child });
    else if (child.type === "paragraph" && isParent(child) && child.children.some(isNamed)) {
      const meaningful = child.children.filter((c) => !(c.type === "text" && !(c as Text).value.trim()));
      const inline = meaningful.filter(isNamed);
      if (inline.length < meaningful.length) {
        diagnostics.push({
          ...locate(child, file),
          severity: "error",
          message: `<${inline[0]?.name}> shares a paragraph with other text: put the component on lines of its own`,
        });
      }
      for (const component of inline) children.push({ component });
    } else children.push({ other: child });
  }
  return children;
}

/** The named components among split children, in order. */
export function componentsOf(children: readonly ComponentChild[], name: string): JsxElement[] {
  return children.flatMap((child) => (child.component?.name === name ? [child.component] : []));
}

/** The free Markdown nodes among split children, in order. */
export function othersOf(children: readonly ComponentChild[]): Node[] {
  return children.flatMap((child) => (child.other ? [child.other] : []));
}

/** The most specific node recorded for a schema issue path, e.g. `actions.1.steps` → the second <Action>. */
export function locateIssuePath(
  path: readonly PropertyKey[],
  nodesByPath: Map<string, Node>,
  file: string,
): SourceLocation | undefined {
  for (let length = path.length; length > 0; length--) {
    const node = nodesByPath.get(path.slice(0, length).map(String).join("."));
    if (node) return locate(node, file);
  }
  return undefined;
}
