/**
 * The YAML front matter block at the very start of a document (`---` … `---` or `...`), found by the one rule
 * the importer and the MDX compiler share.
 */
const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

export interface FrontMatterBlock {
  /** The YAML between the fences. */
  yaml: string;
  /** Characters from the start of the text to just after the closing fence's line. */
  length: number;
  /** Lines the block takes, fences included. */
  lineCount: number;
}

export function findFrontMatter(text: string): FrontMatterBlock | undefined {
  const match = FRONT_MATTER.exec(text);
  if (!match) return undefined;
  return {
    yaml: match[1] ?? "",
    length: match[0].length,
    lineCount: match[0].replace(/\n$/, "").split("\n").length,
  };
}

/** `text` with its front matter replaced by as many empty lines, so every later line keeps its number. */
export function blankFrontMatter(text: string): string {
  const block = findFrontMatter(text);
  return block ? "\n".repeat(block.lineCount) + text.slice(block.length) : text;
}
