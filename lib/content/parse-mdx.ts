/** Parses Fixpath MDX text into an mdast tree with positions; syntax errors become located diagnostics, never throws. */
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";
import remarkFrontmatter from "remark-frontmatter";
import remarkMdx from "remark-mdx";
import type { Root } from "mdast";
import type { Diagnostic } from "@/lib/schema/entities";
import { findLimitProblem } from "./input-limits";

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

/** Parses MDX; `file` is only used to label diagnostics. */
export function parseMdx(source: string, file: string): ParsedMdx {
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
    return { tree: processor.parse(text), text, diagnostics: [] };
  } catch (error) {
    return { text, diagnostics: [describeSyntaxError(error, file)] };
  }
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
