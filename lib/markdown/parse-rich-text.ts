/**
 * Turns the Markdown of a step or explanation into a small, safe tree that components render without
 * parsing anything themselves. Only harmless constructs survive: unsafe link targets become plain text.
 */
import type { Blockquote, Nodes, RootContent } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified, type Processor } from "unified";

export type RichInline =
  | { kind: "text"; text: string }
  | { kind: "strong"; children: RichInline[] }
  | { kind: "em"; children: RichInline[] }
  | { kind: "code"; text: string }
  | { kind: "link"; href: string; children: RichInline[] }
  | { kind: "break" };

/** Kinds of Markdown alerts (`> [!NOTE]`), the form a `<Callout>` takes in extracted Markdown. */
export const CALLOUT_KINDS = ["note", "tip", "important", "warning", "caution"] as const;
export type CalloutKind = (typeof CALLOUT_KINDS)[number];

export type RichBlock =
  | { kind: "paragraph"; children: RichInline[] }
  /** A heading inside fix text; `depth` is Markdown's (1–6), placed under the page's own headings when rendered. */
  | { kind: "heading"; depth: number; children: RichInline[] }
  | { kind: "list"; ordered: boolean; items: RichBlock[][] }
  | { kind: "code"; text: string; lang?: string }
  | { kind: "quote"; children: RichBlock[] }
  | { kind: "callout"; callout: CalloutKind; children: RichBlock[] }
  | { kind: "table"; header: RichInline[][]; rows: RichInline[][][] };

/** `[!NOTE]` at the start of a block quote makes it an alert. */
const ALERT_MARKER = /^\[!(note|tip|important|warning|caution)\][ \t]*\n?/i;

/**
 * The Markdown comes from MDX, which has no indented code blocks: an indented line there is text, so it must
 * stay text here too (as remark-mdx does, by switching the construct off).
 */
function remarkNoIndentedCode(this: Processor) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push({ disable: { null: ["codeIndented"] } });
}

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkNoIndentedCode);

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
        return [{ kind: "paragraph", children: toInlines(node.children) }];
      case "heading":
        return [{ kind: "heading", depth: node.depth, children: toInlines(node.children) }];
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
        return [toQuoteOrCallout(node)];
      case "table": {
        const [head, ...body] = node.children.map((row) =>
          row.children.map((cell) => toInlines(cell.children)),
        );
        return [{ kind: "table", header: head ?? [], rows: body }];
      }
      case "thematicBreak":
        return [];
      default:
        return [{ kind: "paragraph", children: toInlines([node]) }];
    }
  });
}

/** A block quote, or an alert when its first words are `[!NOTE]`, `[!TIP]`, `[!IMPORTANT]`, `[!WARNING]` or `[!CAUTION]`. */
function toQuoteOrCallout(quote: Blockquote): RichBlock {
  const [first, ...rest] = quote.children;
  const lead = first?.type === "paragraph" ? first.children[0] : undefined;
  const marker = lead?.type === "text" ? ALERT_MARKER.exec(lead.value) : null;
  if (!first || first.type !== "paragraph" || !lead || lead.type !== "text" || !marker) {
    return { kind: "quote", children: toBlocks(quote.children) };
  }
  const remainder = lead.value.slice(marker[0].length);
  const inlines = [...(remainder ? [{ ...lead, value: remainder }] : []), ...first.children.slice(1)];
  const leadBlocks = inlines.length > 0 ? toBlocks([{ ...first, children: inlines }]) : [];
  return {
    kind: "callout",
    callout: marker[1]!.toLowerCase() as CalloutKind,
    children: [...leadBlocks, ...toBlocks(rest)],
  };
}

/** Parses Markdown into safe rich blocks. */
export function parseRichText(markdown: string): RichBlock[] {
  const tree = parser.parse(markdown) as Nodes & { children: RootContent[] };
  return toBlocks(tree.children);
}

/** How links of text shown away from its article are resolved. */
export interface LinkBase {
  /** The page a `#anchor` link points into (its article): e.g. an error page has none of its section anchors. */
  anchorBase: string;
  /** Hrefs known to be broken (see Article.brokenLinks): shown as their text. */
  broken?: readonly string[];
}

/** Rich blocks of Markdown, or `text` as one paragraph when there is no Markdown (or it gives nothing). */
export function richBlocksOf(markdown: string | undefined, text: string, links?: LinkBase): RichBlock[] {
  const blocks = markdown ? parseRichText(markdown) : [];
  if (blocks.length > 0 || text === "") return links ? resolveLinks(blocks, links) : blocks;
  return [{ kind: "paragraph", children: [{ kind: "text", text }] }];
}

/** Broken links become their text; every `#anchor` link points at `anchorBase#anchor`. */
export function resolveLinks(blocks: RichBlock[], { anchorBase, broken = [] }: LinkBase): RichBlock[] {
  const brokenSet = new Set(broken);
  const inlines = (nodes: RichInline[]): RichInline[] => nodes.flatMap(inline);
  const inline = (node: RichInline): RichInline[] => {
    if (node.kind === "link") {
      if (brokenSet.has(node.href)) return inlines(node.children);
      const href = node.href.startsWith("#") ? `${anchorBase}${node.href}` : node.href;
      return [{ ...node, href, children: inlines(node.children) }];
    }
    if (node.kind === "strong" || node.kind === "em") return [{ ...node, children: inlines(node.children) }];
    return [node];
  };
  const block = (node: RichBlock): RichBlock => {
    switch (node.kind) {
      case "paragraph":
      case "heading":
        return { ...node, children: inlines(node.children) };
      case "list":
        return { ...node, items: node.items.map((item) => item.map(block)) };
      case "table":
        return { ...node, header: node.header.map(inlines), rows: node.rows.map((row) => row.map(inlines)) };
      case "quote":
        return { ...node, children: node.children.map(block) };
      case "callout":
        return { ...node, children: node.children.map(block) };
      default:
        return node;
    }
  };
  return blocks.map(block);
}
