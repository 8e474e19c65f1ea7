// Plain text of mdast nodes with markup stripped and raw HTML left out, for titles and verbatim messages.
import type { Nodes } from "mdast";

/** Text of a node: inline markup stripped, HTML dropped, `<br>` as a space, whitespace collapsed. */
export function toPlainText(node: Nodes | readonly Nodes[]): string {
  return collect(node).replace(/\s+/g, " ").trim();
}

function collect(node: Nodes | readonly Nodes[]): string {
  if (Array.isArray(node)) return (node as readonly Nodes[]).map(collect).join("");
  const single = node as Nodes;
  switch (single.type) {
    case "html":
      return /^<br\b|^<\/br>/i.test(single.value) ? " " : "";
    case "text":
    case "inlineCode":
      return single.value;
    case "break":
      return " ";
    case "image":
      return single.alt ?? "";
    default:
      if ("children" in single) {
        const block = single.type === "paragraph" || single.type === "heading" || single.type === "listItem";
        return (single.children as Nodes[]).map(collect).join("") + (block ? " " : "");
      }
      return "";
  }
}
