/**
 * Turns the Markdown of a step or explanation into a small, safe tree that components render without
 * parsing anything themselves. Only harmless constructs survive: unsafe link targets become plain text.
 */
import type { Nodes, RootContent } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

export type RichInline =
  | { kind: "text"; text: string }
  | { kind: "strong"; children: RichInline[] }
  | { kind: "em"; children: RichInline[] }
  | { kind: "code"; text: string }
  | { kind: "link"; href: string; children: RichInline[] }
  | { kind: "break" };

export type RichBlock =
  | { kind: "paragraph"; children: RichInline[] }
  | { kind: "list"; ordered: boolean; items: RichBlock[][] }
  | { kind: "code"; text: string; lang?: string }
  | { kind: "quote"; children: RichBlock[] };

const parser = unified().use(remarkParse).use(remarkGfm);

/** Link targets a reader may follow: web pages, mail, and paths or anchors on this site. */
export function isSafeHref(href: string): boolean {
  return /^(https?:\/\/|mailto:|\/(?!\/)|#)/i.test(href.trim());
}

function toInlines(nodes: readonly RootContent[]): RichInline[] {
  return nodes.flatMap((node): RichInline[] => {
    switch (node.type) {
      case "text":
        return [{ kind: "text", text: node.value }];
      case "strong":
        return [{ kind: "strong", children: toInlines(node.children) }];
      case "emphasis":
        return [{ kind: "em", children: toInlines(node.children) }];
      case "inlineCode":
        return [{ kind: "code", text: node.value }];
      case "break":
        return [{ kind: "break" }];
      case "link":
        return isSafeHref(node.url)
          ? [{ kind: "link", href: node.url, children: toInlines(node.children) }]
          : toInlines(node.children);
      case "image":
        return node.alt ? [{ kind: "em", children: [{ kind: "text", text: node.alt }] }] : [];
      case "delete":
        return toInlines(node.children);
      case "html":
        return [{ kind: "text", text: node.value }];
      default:
        return "children" in node ? toInlines(node.children as RootContent[]) : [];
    }
  });
}

function toBlocks(nodes: readonly RootContent[]): RichBlock[] {
  return nodes.flatMap((node): RichBlock[] => {
    switch (node.type) {
      case "paragraph":
      case "heading":
        return [{ kind: "paragraph", children: toInlines(node.children) }];
      case "list":
        return [
          {
            kind: "list",
            ordered: Boolean(node.ordered),
            items: node.children.map((item) => toBlocks(item.children)),
          },
        ];
      case "code":
        return [{ kind: "code", text: node.value, ...(node.lang ? { lang: node.lang } : {}) }];
      case "blockquote":
        return [{ kind: "quote", children: toBlocks(node.children) }];
      case "table":
        return node.children.map((row) => ({
          kind: "paragraph" as const,
          children: row.children.flatMap((cell, i) => [
            ...(i > 0 ? [{ kind: "text" as const, text: " · " }] : []),
            ...toInlines(cell.children),
          ]),
        }));
      case "thematicBreak":
        return [];
      default:
        return [{ kind: "paragraph", children: toInlines([node]) }];
    }
  });
}

/** Parses Markdown into safe rich blocks. */
export function parseRichText(markdown: string): RichBlock[] {
  const tree = parser.parse(markdown) as Nodes & { children: RootContent[] };
  return toBlocks(tree.children);
}
