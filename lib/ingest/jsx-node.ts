// Builds the Fixpath MDX components (Error, Cause, Flow, …) as mdast JSX nodes with literal, safely quoted props.
import type { BlockContent, DefinitionContent, RootContent } from "mdast";
import type { MdxJsxFlowElement } from "mdast-util-mdx-jsx";

/** Content allowed inside a component. */
export type FlowChild = BlockContent | DefinitionContent | MdxJsxFlowElement;

/**
 * Props are printed as `"…"` strings; a value may not contain a straight double quote, so quotes become
 * typographic ones (“…”), and line breaks become spaces.
 */
export function sanitizePropValue(value: string): string {
  return value
    .replace(/\s+/g, " ")
    .trim()
    .replace(/"([^"]*)"/g, "“$1”")
    .replace(/"/g, "”");
}

/** A component node; props whose value is undefined are left out, the rest keep their given order. */
export function createComponent(
  name: string,
  props: Record<string, string | number | undefined>,
  children: readonly (FlowChild | RootContent)[],
): MdxJsxFlowElement {
  const attributes = Object.entries(props)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => ({
      type: "mdxJsxAttribute" as const,
      name: key,
      value: sanitizePropValue(String(value)),
    }));
  return { type: "mdxJsxFlowElement", name, attributes, children: children as MdxJsxFlowElement["children"] };
}
