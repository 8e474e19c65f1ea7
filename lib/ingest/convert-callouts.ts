// Turns Microsoft Docs alerts (`> [!TIP]`, `> [!NOTE]`…) into `<Callout type="…">`.
import type { Blockquote, Paragraph } from "mdast";
import type { MdxJsxFlowElement } from "mdast-util-mdx-jsx";
import { createComponent } from "./jsx-node";

const CALLOUT_TYPES: Record<string, string> = {
  note: "note",
  tip: "tip",
  important: "important",
  warning: "warning",
  caution: "caution",
};

const MARKER = /^\s*\[!(\w+)\]\s*/;

/** The callout a blockquote stands for, or undefined when it is an ordinary quote. */
export function convertCallout(quote: Blockquote): MdxJsxFlowElement | undefined {
  const first = quote.children[0];
  if (first?.type !== "paragraph") return undefined;
  const lead = first.children[0];
  if (lead?.type !== "text") return undefined;
  const match = MARKER.exec(lead.value);
  const type = match?.[1] ? CALLOUT_TYPES[match[1].toLowerCase()] : undefined;
  if (!match || !type) return undefined;
  // Lazy continuation lines (`    > text`) arrive as literal "> " at line starts; they are quote markers.
  const rest = lead.value.slice(match[0].length).replace(/^>\s?/gm, "");
  const paragraph: Paragraph = {
    ...first,
    children: rest.trim() ? [{ ...lead, value: rest }, ...first.children.slice(1)] : first.children.slice(1),
  };
  const body =
    paragraph.children.length > 0 ? [paragraph, ...quote.children.slice(1)] : quote.children.slice(1);
  return createComponent("Callout", { type }, body);
}
