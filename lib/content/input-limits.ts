/**
 * The limits every input is held to, so that a hostile or broken document gives a located error instead of
 * running for minutes, exhausting memory or the stack. The README lists them; `import` and `check` use the
 * same numbers. `findLimitProblem` scans the text in one linear pass before any parser sees it.
 */

export const INPUT_LIMITS = {
  /** Largest document (article, include or content file), in bytes of UTF-8. */
  documentBytes: 5 * 1024 * 1024,
  /** Most headings (and, in MDX, section-like components) in one document. */
  sections: 10_000,
  /** Deepest nesting of block quotes, lists, brackets or components. */
  nestingDepth: 32,
  /** Longest table cell, in characters. */
  cellCharacters: 65_536,
  /** Most includes expanded for one article, all levels together. */
  includes: 50,
  /** Deepest chain of includes (an include inside an include inside an article is depth 2). */
  includeDepth: 3,
  /** Most diagnostics kept for one file; the rest are counted in one last diagnostic. */
  diagnosticsPerFile: 200,
} as const;

/** An exceeded limit: where and what to do, ready for a diagnostic. */
export interface LimitProblem {
  line: number;
  column: number;
  message: string;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;
/** Block containers opening a line: `>`, `-`, `*`, `+`, `1.`, `1)`, each followed by a space (or `>` alone). */
const CONTAINER = /^[ \t]*(?:>|[-*+][ \t]|\d{1,9}[.)][ \t])/;
/** MDX components that open (`<Error`) and close (`</Error>`, `/>`). */
const COMPONENT_TAG = /<(\/?)([A-Z][A-Za-z0-9]*)\b|\/>/g;

/**
 * The first limit `text` exceeds, if any. `mdx` also counts components as sections and their nesting. The scan
 * is linear and never builds a tree, so it is safe on any input.
 */
export function findLimitProblem(text: string, options: { mdx?: boolean } = {}): LimitProblem | undefined {
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > INPUT_LIMITS.documentBytes)
    return {
      line: 1,
      column: 1,
      message: `the document is ${bytes.toLocaleString("en")} bytes, over the limit of ${INPUT_LIMITS.documentBytes.toLocaleString("en")}: split it into several articles`,
    };
  const lines = text.split("\n");
  let sections = 0;
  let fence: string | undefined;
  let brackets = 0;
  let components = 0;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const at = (column: number, message: string): LimitProblem => ({ line: index + 1, column, message });
    const opening = FENCE.exec(line)?.[1];
    if (fence !== undefined) {
      if (opening && opening[0] === fence[0] && opening.length >= fence.length) fence = undefined;
      continue;
    }
    if (opening) {
      fence = opening;
      continue;
    }
    if (line.trim() === "") brackets = 0;
    if (HEADING.test(line) && ++sections > INPUT_LIMITS.sections)
      return at(1, tooMany("sections (headings)", INPUT_LIMITS.sections, "split the document"));
    const depth = containerDepth(line);
    if (depth > INPUT_LIMITS.nestingDepth) return at(1, tooDeep("block quotes or lists", depth));
    for (let column = 0; column < line.length; column++) {
      const character = line[column];
      if (character === "\\") column++;
      else if (character === "[" && ++brackets > INPUT_LIMITS.nestingDepth)
        return at(column + 1, tooDeep("brackets", brackets));
      else if (character === "]" && brackets > 0) brackets--;
    }
    if (line.includes("|")) {
      const cell = longestCell(line);
      if (cell.length > INPUT_LIMITS.cellCharacters)
        return at(
          cell.column,
          `a table cell of ${cell.length.toLocaleString("en")} characters is over the limit of ${INPUT_LIMITS.cellCharacters.toLocaleString("en")}: move the text out of the table`,
        );
    }
    if (options.mdx) {
      for (const tag of line.matchAll(COMPONENT_TAG)) {
        if (tag[0] === "/>" || tag[1] === "/") components = Math.max(0, components - 1);
        else {
          if (++components > INPUT_LIMITS.nestingDepth)
            return at(tag.index + 1, tooDeep("components", components));
          if (++sections > INPUT_LIMITS.sections)
            return at(
              tag.index + 1,
              tooMany("sections and components", INPUT_LIMITS.sections, "split the article"),
            );
        }
      }
    }
  }
  return undefined;
}

function tooMany(what: string, limit: number, fix: string): string {
  return `more than ${limit.toLocaleString("en")} ${what} in one document, the limit: ${fix}`;
}

function tooDeep(what: string, depth: number): string {
  return `${what} nested ${depth} deep, over the limit of ${INPUT_LIMITS.nestingDepth}: flatten the structure`;
}

/** How many block containers (`>`, list markers) open the line, one inside the other, plus its indentation. */
function containerDepth(line: string): number {
  let depth = 0;
  let rest = line;
  for (let match = CONTAINER.exec(rest); match; match = CONTAINER.exec(rest)) {
    depth++;
    rest = rest.slice(match[0].length);
    if (depth > INPUT_LIMITS.nestingDepth) break;
  }
  const indent = /^[ \t]*/.exec(rest)![0].replace(/\t/g, "    ").length;
  return depth + Math.floor(indent / 4);
}

function longestCell(line: string): { length: number; column: number } {
  let longest = { length: 0, column: 1 };
  let start = 0;
  for (let index = 0; index <= line.length; index++) {
    if (index === line.length || (line[index] === "|" && line[index - 1] !== "\\")) {
      if (index - start > longest.length) longest = { length: index - start, column: start + 1 };
      start = index + 1;
    }
  }
  return longest;
}
