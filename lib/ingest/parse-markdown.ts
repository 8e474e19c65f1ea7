// Parses Microsoft-Docs Markdown (CommonMark + GFM tables + YAML front matter) into an mdast tree with positions.
//
// markdown-it does the tokenizing: it is linear in the length of the text (micromark, used before, grew faster
// than linearly on long documents with many lists and links, so a 5 MB document took over a minute). The flat
// token stream is folded into the mdast shapes the rest of the importer reads, with line-level positions.
import type {
  BlockContent,
  List,
  ListItem,
  Parent,
  PhrasingContent,
  Root,
  RootContent,
  Table,
  TableCell,
  TableRow,
} from "mdast";
import MarkdownIt, { type Token } from "markdown-it";
import type { Position } from "unist";
import { blankFrontMatter, findFrontMatter } from "@/lib/markdown/front-matter-block";

const markdown = new MarkdownIt({ html: true, linkify: true });
// GFM links bare http(s) URLs only; file names such as `E0277.md` or `CSC.exe` must stay text.
markdown.linkify.set({ fuzzyLink: false, fuzzyEmail: false, fuzzyIP: false });
// URLs stay as written (markdown-it would percent-encode them); unsafe schemes are still refused by validateLink.
markdown.normalizeLink = (url) => url;
markdown.normalizeLinkText = (url) => url;
// Every URL is kept here and judged later by the one rule import and check share (lib/content/url-safety.ts),
// which removes script-capable links with a located info instead of leaving their Markdown as text.
markdown.validateLink = () => true;

/** Parses Markdown source; the tree's positions are 1-based lines and columns of `text`. */
export function parseMarkdown(text: string): Root {
  const lines = new LineIndex(text);
  const root: Root = { type: "root", children: [], position: lines.span(0, lines.count) };
  const frontMatter = findFrontMatter(text);
  if (frontMatter)
    root.children.push({
      type: "yaml",
      value: frontMatter.yaml,
      position: lines.span(0, frontMatter.lineCount),
    });
  // Blank lines keep markdown-it's line numbers equal to the source's.
  const tokens = markdown.parse(blankFrontMatter(text), {});
  // concat, not push(...): a long document has more blocks than a call may take arguments.
  root.children = root.children.concat(new TreeBuilder(tokens, lines).blocks() as RootContent[]);
  return root;
}

/** Offsets of line starts, to turn markdown-it's 0-based line maps into unist positions. */
class LineIndex {
  private readonly starts: number[] = [0];
  constructor(private readonly text: string) {
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }

  get count(): number {
    return this.starts.length;
  }

  /** Position of a character offset. */
  at(offset: number): Position["start"] {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - this.starts[low]! + 1, offset };
  }

  /** Where `needle` first occurs in the source between two offsets, if it does. */
  find(needle: string, from: number, to: number): number | undefined {
    if (!needle) return undefined;
    const found = this.text.indexOf(needle, from);
    return found >= 0 && found < to ? found : undefined;
  }

  /** Position of lines [first, end) (0-based, end exclusive), starting at the first non-blank column. */
  span(first: number, end: number): Position {
    const startLine = Math.min(first, this.starts.length - 1);
    const lastLine = Math.max(startLine, Math.min(end, this.starts.length) - 1);
    const lineStart = this.starts[startLine] ?? 0;
    const indent = /^[ \t]*/.exec(this.text.slice(lineStart, lineStart + 200))?.[0].length ?? 0;
    const lastStart = this.starts[lastLine] ?? 0;
    const lastEnd = (this.starts[lastLine + 1] ?? this.text.length + 1) - 1;
    return {
      start: { line: startLine + 1, column: indent + 1, offset: lineStart + indent },
      end: { line: lastLine + 1, column: lastEnd - lastStart + 1, offset: lastEnd },
    };
  }
}

/** Folds the flat token stream into nested mdast nodes. */
class TreeBuilder {
  private index = 0;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly lines: LineIndex,
  ) {}

  /** Blocks until the closing token of the current container (or the end). */
  blocks(): (BlockContent | RootContent)[] {
    const out: (BlockContent | RootContent)[] = [];
    while (this.index < this.tokens.length) {
      const token = this.tokens[this.index]!;
      if (token.nesting === -1) {
        this.index++;
        return out;
      }
      const block = this.block(token);
      if (block) out.push(block);
    }
    return out;
  }

  private position(token: Token): Position | undefined {
    return token.map ? this.lines.span(token.map[0], token.map[1]) : undefined;
  }

  private block(token: Token): BlockContent | RootContent | undefined {
    const position = this.position(token);
    this.index++;
    switch (token.type) {
      case "paragraph_open":
        return { type: "paragraph", children: this.inlineUntilClose(position), position };
      case "heading_open": {
        const depth = Number(token.tag.slice(1)) as 1 | 2 | 3 | 4 | 5 | 6;
        return { type: "heading", depth, children: this.inlineUntilClose(position), position };
      }
      case "blockquote_open":
        return { type: "blockquote", children: this.blocks() as BlockContent[], position };
      case "bullet_list_open":
      case "ordered_list_open":
        return this.list(token, position);
      case "table_open":
        return this.table(position);
      case "fence": {
        const [lang, ...meta] = token.info.trim().split(/\s+/);
        return {
          type: "code",
          lang: lang || null,
          meta: meta.join(" ") || null,
          value: token.content.replace(/\n$/, ""),
          position,
        };
      }
      case "code_block":
        return { type: "code", lang: null, meta: null, value: token.content.replace(/\n$/, ""), position };
      case "html_block":
        return { type: "html", value: token.content.replace(/\n+$/, ""), position };
      case "hr":
        return { type: "thematicBreak", position };
      default:
        // Closing tokens are consumed by their container; anything else unknown is skipped safely.
        return undefined;
    }
  }

  private list(open: Token, position: Position | undefined): List {
    const ordered = open.type === "ordered_list_open";
    const items: ListItem[] = [];
    let tight = true;
    while (this.index < this.tokens.length) {
      const token = this.tokens[this.index]!;
      this.index++;
      if (token.nesting === -1) break;
      if (token.type !== "list_item_open") continue;
      const itemStart = this.index;
      const children = this.blocks() as BlockContent[];
      const hidden = this.tokens
        .slice(itemStart, this.index)
        .some((t) => t.type === "paragraph_open" && t.hidden);
      const loose = children.some((c) => c.type === "paragraph") && !hidden;
      if (loose) tight = false;
      items.push({
        type: "listItem",
        spread: loose,
        checked: null,
        children,
        position: this.position(token),
      });
    }
    const start = ordered ? Number(readAttribute(open, "start") ?? 1) : null;
    return { type: "list", ordered, start, spread: !tight, children: items, position };
  }

  private table(position: Position | undefined): Table {
    const rows: TableRow[] = [];
    const align: Table["align"] = [];
    while (this.index < this.tokens.length) {
      const token = this.tokens[this.index]!;
      this.index++;
      if (token.type === "table_close") break;
      if (token.type !== "tr_open") continue;
      const rowPosition = this.position(token);
      const cells: TableCell[] = [];
      while (this.index < this.tokens.length) {
        const cell = this.tokens[this.index]!;
        this.index++;
        if (cell.type === "tr_close") break;
        if (cell.type !== "th_open" && cell.type !== "td_open") continue;
        if (rows.length === 0) align.push(readAlign(readAttribute(cell, "style")));
        cells.push({
          type: "tableCell",
          children: this.inlineUntilClose(rowPosition),
          position: rowPosition,
        });
      }
      rows.push({ type: "tableRow", children: cells, position: rowPosition });
    }
    return { type: "table", align, children: rows, position };
  }

  /** The inline content of a paragraph, heading or cell, consuming its closing token. */
  private inlineUntilClose(position: Position | undefined): PhrasingContent[] {
    const children: PhrasingContent[] = [];
    while (this.index < this.tokens.length) {
      const token = this.tokens[this.index]!;
      this.index++;
      if (token.nesting === -1) break;
      if (token.type === "inline") {
        for (const node of convertInline(token.children ?? [], new InlineLocator(this.lines, position)))
          children.push(node);
      }
    }
    return children;
  }
}

function readAttribute(token: Token, name: string): string | null {
  const value = token.attrGet(name);
  return value === null ? null : String(value);
}

function readAlign(style: string | null): "left" | "right" | "center" | null {
  const value = /text-align:\s*(left|right|center)/.exec(style ?? "")?.[1];
  return (value as "left" | "right" | "center" | undefined) ?? null;
}

/**
 * Places inline nodes that diagnostics may name (links, images, raw HTML) by finding their markup in the
 * block's source, in order; other inline nodes get the block's position.
 */
class InlineLocator {
  private cursor: number;
  private readonly end: number;

  constructor(
    private readonly lines: LineIndex,
    readonly block: Position | undefined,
  ) {
    this.cursor = block?.start.offset ?? 0;
    this.end = (block?.end.offset ?? 0) + 1;
  }

  locate(needles: readonly string[]): Position | undefined {
    for (const needle of needles) {
      const found = this.lines.find(needle, this.cursor, this.end);
      if (found === undefined) continue;
      this.cursor = found + 1;
      const start = this.lines.at(found);
      return { start, end: this.lines.at(found + needle.length) };
    }
    return this.block;
  }
}

/** Converts inline tokens to phrasing nodes. */
function convertInline(tokens: readonly Token[], locator: InlineLocator): PhrasingContent[] {
  const position = locator.block;
  const stack: { node: Parent; close: string }[] = [];
  const root: PhrasingContent[] = [];
  const current = (): PhrasingContent[] => (stack.at(-1)?.node.children as PhrasingContent[]) ?? root;
  const push = (node: PhrasingContent) => {
    const siblings = current();
    const last = siblings.at(-1);
    if (node.type === "text" && last?.type === "text") last.value += node.value;
    else siblings.push(node);
  };
  const open = (node: PhrasingContent & Parent, close: string) => {
    push(node);
    stack.push({ node, close });
  };
  tokens.forEach((token, index) => {
    switch (token.type) {
      case "text":
      case "text_special":
        push({ type: "text", value: token.content, position });
        break;
      case "softbreak":
        push({ type: "text", value: "\n", position });
        break;
      case "hardbreak":
        push({ type: "break", position });
        break;
      case "code_inline":
        push({ type: "inlineCode", value: token.content, position });
        break;
      case "html_inline":
        push({ type: "html", value: token.content, position: locator.locate([token.content]) });
        break;
      case "image":
        push({
          type: "image",
          url: readAttribute(token, "src") ?? "",
          alt: token.content,
          title: readAttribute(token, "title"),
          position: locator.locate([`![${token.content}`, "!["]),
        });
        break;
      case "em_open":
        open({ type: "emphasis", children: [], position }, "em_close");
        break;
      case "strong_open":
        open({ type: "strong", children: [], position }, "strong_close");
        break;
      case "s_open":
        open({ type: "delete", children: [], position }, "s_close");
        break;
      case "link_open": {
        const url = readAttribute(token, "href") ?? "";
        const text = tokens[index + 1];
        const label = text?.type === "text" ? text.content : "";
        open(
          {
            type: "link",
            url,
            title: readAttribute(token, "title"),
            children: [],
            position: locator.locate([`[${label}`, `<${url}`, url]),
          },
          "link_close",
        );
        break;
      }
      default:
        if (stack.at(-1)?.close === token.type) stack.pop();
    }
  });
  return root;
}
