/** Parses Fixpath MDX text into an mdast tree with positions; syntax errors become located diagnostics, never throws. */
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";
import remarkFrontmatter from "remark-frontmatter";
import remarkMdx from "remark-mdx";
import type { Root } from "mdast";
import type { Diagnostic } from "@/lib/schema/entities";
import { findLimitProblem } from "./input-limits";
import { splitMdxChunks, type MdxChunk } from "./mdx-chunks";

export interface ParsedMdx {
  /** The tree, or undefined when the text is not valid MDX. */
  tree?: Root;
  /** The text the tree's offsets point into: BOM removed, CRLF turned into LF. */
  text: string;
  /** Syntax problems (at most one: MDX stops at the first). */
  diagnostics: Diagnostic[];
}

const processor = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]).use(remarkGfm).use(remarkMdx);

/**
 * Removes a byte-order mark and Windows line endings. Line and column numbers stay the same, and
 * offsets in the tree then index this text, so entities can slice their Markdown from it.
 */
export function normalizeSource(source: string): string {
  return source.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

/**
 * Parses MDX; `file` is only used to label diagnostics. `chunkChars` is the smallest piece parsed on its own
 * (tests compare pieces against one whole parse with `Infinity`).
 */
export function parseMdx(source: string, file: string, chunkChars?: number): ParsedMdx {
  const text = normalizeSource(source);
  // Depth and size are bounded before the parser runs, so no input can exhaust its stack or time.
  const limit = findLimitProblem(text, { mdx: true });
  if (limit)
    return {
      text,
      diagnostics: [
        { file, line: limit.line, column: limit.column, severity: "error", message: limit.message },
      ],
    };
  try {
    return { tree: parseInChunks(text, chunkChars), text, diagnostics: [] };
  } catch (error) {
    return { text, diagnostics: [describeSyntaxError(error, file)] };
  }
}

/**
 * Parses `text` piece by piece (see mdx-chunks.ts) and joins the trees, with positions in the whole text. A
 * piece that fails is parsed again joined with the pieces after it, doubling, until it parses or fails the same
 * way twice: a cut that split a component heals, and a real error is reported where it is in the whole text.
 */
function parseInChunks(text: string, chunkChars: number | undefined): Root {
  const chunks = splitMdxChunks(text, chunkChars);
  if (chunks.length === 1) return processor.parse(text);
  const children: Root["children"] = [];
  for (let first = 0; first < chunks.length;) {
    let span = 1;
    let previousFailure: string | undefined;
    for (;;) {
      const next = Math.min(first + span, chunks.length);
      const start = chunks[first]!;
      const piece = text.slice(start.offset, chunks[next]?.offset ?? text.length);
      try {
        const tree = processor.parse(piece);
        shiftPositions(tree, start);
        children.push(...tree.children);
        first = next;
        break;
      } catch (error) {
        const failure = inWholeText(error, start);
        const key = `${failure.line}:${failure.column}:${failure.reason}`;
        if (next === chunks.length || key === previousFailure) throw failure;
        previousFailure = key;
        span *= 2;
      }
    }
  }
  const end = {
    line: text.split("\n").length,
    column: text.length - text.lastIndexOf("\n"),
    offset: text.length,
  };
  return { type: "root", children, position: { start: { line: 1, column: 1, offset: 0 }, end } };
}

interface Positioned {
  position?: { start: { line: number; offset?: number }; end: { line: number; offset?: number } };
  children?: Positioned[];
  attributes?: Positioned[];
}

/** Moves every position in a piece's tree (nodes and component attributes) to where the piece starts. */
function shiftPositions(node: Positioned, start: MdxChunk): void {
  if (node.position)
    for (const point of [node.position.start, node.position.end]) {
      point.line += start.line;
      if (point.offset !== undefined) point.offset += start.offset;
    }
  for (const child of node.children ?? []) shiftPositions(child, start);
  for (const attribute of node.attributes ?? []) shiftPositions(attribute, start);
}

/** A parse error of a piece, with its line and the positions its reason quotes moved into the whole text. */
function inWholeText(error: unknown, start: MdxChunk): SyntaxErrorLike {
  const err = (typeof error === "object" && error !== null ? error : {}) as SyntaxErrorLike;
  const reason = (err.reason ?? err.message ?? String(error)).replace(
    /\((\d+):(\d+)(?:-(\d+):(\d+))?\)/g,
    (_, l1: string, c1: string, l2?: string, c2?: string) =>
      `(${Number(l1) + start.line}:${c1}${l2 ? `-${Number(l2) + start.line}:${c2}` : ""})`,
  );
  return { reason, line: (err.line ?? 1) + start.line, column: err.column ?? 1 };
}

interface SyntaxErrorLike {
  reason?: string;
  message?: string;
  line?: number;
  column?: number;
  ruleId?: string;
}

/** Turns a micromark/mdast error into a diagnostic that says where and how to fix it. */
function describeSyntaxError(error: unknown, file: string): Diagnostic {
  const err = (typeof error === "object" && error !== null ? error : {}) as SyntaxErrorLike;
  const reason = err.reason ?? err.message ?? String(error);
  const { line, column } = locateSyntaxError(reason, err);
  return {
    file,
    line,
    column,
    severity: "error",
    message: `MDX syntax error: ${reason}${adviseOnSyntaxError(reason)}`,
  };
}

/**
 * An unclosed tag is reported by the parser at the end of its parent (or nowhere); the place that
 * needs fixing is the opening tag, whose position the reason quotes as `(3:1-3:15)`.
 */
function locateSyntaxError(reason: string, err: SyntaxErrorLike): { line: number; column: number } {
  const unclosed = /^Expected a closing tag for `<[^`]*>` \((\d+):(\d+)-/.exec(reason);
  if (unclosed) return { line: Number(unclosed[1]), column: Number(unclosed[2]) };
  return { line: Math.max(1, err.line ?? 1), column: Math.max(1, err.column ?? 1) };
}

function adviseOnSyntaxError(reason: string): string {
  if (reason.startsWith("Expected a closing tag"))
    return ": close the tag (e.g. `</Error>`) or make it self-closing (`<Step />`)";
  if (reason.startsWith("Unexpected closing tag")) return ": closing tags must match the innermost open tag";
  if (reason.includes("closing brace for `{`") || reason.includes("in expression"))
    return ": Fixpath MDX has no {expressions}; write a literal brace as `\\{`";
  if (reason.includes("to create a comment in MDX")) return ": HTML comments are not MDX; delete the comment";
  if (reason.includes("before name") || reason.includes("after name"))
    return ": a literal `<` must be escaped as `\\<` or written inside `code`";
  return "";
}
