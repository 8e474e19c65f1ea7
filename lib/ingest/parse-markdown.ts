// Parses Microsoft-Docs Markdown (CommonMark + GFM tables + YAML front matter) into an mdast tree with positions.
import type { Root } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { frontmatterFromMarkdown } from "mdast-util-frontmatter";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { frontmatter } from "micromark-extension-frontmatter";
import { gfm } from "micromark-extension-gfm";
import { visit } from "unist-util-visit";

/**
 * Parsing time grows faster than linearly with document length when it has many lists, so long documents
 * are parsed in pieces cut at top-level ATX headings (which end every block in CommonMark anyway).
 */
const CHUNK_CHARS = 8_000;

/** Parses Markdown source; the tree's positions are 1-based lines and columns of `text`. */
export function parseMarkdown(text: string): Root {
  const root: Root = { type: "root", children: [] };
  for (const chunk of splitAtHeadings(text)) {
    const tree = parseChunk(chunk.text);
    if (chunk.line > 0) shiftPositions(tree, chunk.line, chunk.offset);
    root.children.push(...tree.children);
  }
  root.position = {
    start: { line: 1, column: 1, offset: 0 },
    end: { line: text.split("\n").length, column: 1, offset: text.length },
  };
  return root;
}

function parseChunk(text: string): Root {
  return fromMarkdown(text, {
    extensions: [gfm(), frontmatter(["yaml"])],
    mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(["yaml"])],
  });
}

interface Chunk {
  text: string;
  /** Lines before the chunk (0 for the first). */
  line: number;
  /** Characters before the chunk. */
  offset: number;
}

/** Cuts the text before headings outside fenced code, once a piece is long enough. */
export function splitAtHeadings(text: string): Chunk[] {
  const chunks: Chunk[] = [];
  let start = 0;
  let startLine = 0;
  let fence: string | undefined;
  let line = 0;
  let position = 0;
  while (position < text.length) {
    const end = text.indexOf("\n", position);
    const next = end < 0 ? text.length : end + 1;
    const content = text.slice(position, end < 0 ? text.length : end);
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(content)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && content.trim() === marker)
        fence = undefined;
    } else if (marker) {
      fence = marker;
    } else if (/^#{1,6}(\s|$)/.test(content) && position - start >= CHUNK_CHARS) {
      chunks.push({ text: text.slice(start, position), line: startLine, offset: start });
      start = position;
      startLine = line;
    }
    line++;
    position = next;
  }
  chunks.push({ text: text.slice(start), line: startLine, offset: start });
  return chunks;
}

function shiftPositions(tree: Root, lines: number, offset: number): void {
  visit(tree, (node) => {
    const place = node.position;
    if (!place) return;
    place.start = {
      ...place.start,
      line: place.start.line + lines,
      offset: (place.start.offset ?? 0) + offset,
    };
    place.end = { ...place.end, line: place.end.line + lines, offset: (place.end.offset ?? 0) + offset };
  });
}
