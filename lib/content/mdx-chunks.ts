/**
 * Where an MDX document can be cut into pieces that parse on their own. micromark's cost grows faster than
 * linearly with the size of one parse (its edit map re-splices the whole event list), so a long article is
 * parsed piece by piece and the trees joined: `check` stays linear in the number of sections.
 *
 * A cut is made only before a line that opens a component (`<Error`) or a heading at column 1, after a blank
 * line, outside fenced code and with no component open: there the whole-document parse would start a new
 * top-level block too, so the joined tree is the same. Documents with link reference definitions or footnotes
 * (which resolve across the whole document) are never cut.
 */

/** A piece of the document: where it starts, as an offset into the text and a 0-based line number. */
export interface MdxChunk {
  offset: number;
  line: number;
}

const FENCE = /^[ \t]*(`{3,}|~{3,})/;
const CUT_LINE = /^(?:<[A-Za-z]|#{1,6}(?:[ \t]|$))/;
const DEFINITION = /^ {0,3}\[[^\]\n]+\]:/m;
/** The start of a component's opening or closing tag (`<Name`, `</Name`); where an opening tag ends is scanned. */
const TAG_START = /<(\/?)([A-Za-z][\w.:-]*)/g;

/**
 * The pieces of `text`, each at least `minChars` long (except the last), in order; one piece when the
 * document cannot be cut safely.
 */
export function splitMdxChunks(text: string, minChars = 4096): MdxChunk[] {
  const whole = [{ offset: 0, line: 0 }];
  if (!(text.length >= 2 * minChars) || DEFINITION.test(text)) return whole;
  const chunks: MdxChunk[] = [{ offset: 0, line: 0 }];
  let fence: string | undefined;
  const components = new ComponentDepth();
  let offset = 0;
  let previousBlank = false;
  const lines = text.split("\n");
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const opening = FENCE.exec(line)?.[1];
    if (fence !== undefined) {
      if (opening && opening[0] === fence[0] && opening.length >= fence.length) fence = undefined;
    } else if (opening) {
      fence = opening;
    } else {
      if (
        components.depth === 0 &&
        previousBlank &&
        CUT_LINE.test(line) &&
        offset - chunks[chunks.length - 1]!.offset >= minChars
      )
        chunks.push({ offset, line: index });
      components.addLine(line);
      if (components.depth < 0) return whole; // unbalanced: let the whole-document parse report it
    }
    previousBlank = line.trim() === "";
    offset += line.length + 1;
  }
  return chunks;
}

/**
 * Counts open components line by line: +1 per opening tag, -1 per closing tag, 0 for a self-closing one, a tag
 * that spans lines (`<Step` … `/>`) included. Inline code and escaped `\<` are skipped. Where the count is
 * wrong, a cut lands inside a component and the parser heals it (see parse-mdx.ts); the count only has to be
 * right for well-formed articles to be cut often.
 */
class ComponentDepth {
  depth = 0;
  /** Inside an opening tag that has not ended on its line: the quote we are in, or "" outside quotes. */
  private openTag: string | undefined;

  addLine(line: string): void {
    const text = line.replace(/`+[^`]*`+/g, "").replace(/\\</g, "");
    const tags = new RegExp(TAG_START.source, "g");
    if (this.openTag !== undefined) {
      const rest = this.finishTag(text, 0);
      if (rest < 0) return;
      tags.lastIndex = rest;
    }
    for (let match = tags.exec(text); match; match = tags.exec(text)) {
      if (match[1]) {
        this.depth--;
        continue;
      }
      this.openTag = "";
      const end = this.finishTag(text, tags.lastIndex);
      if (end < 0) return;
      tags.lastIndex = end;
    }
  }

  /** Reads an opening tag's rest from `from`; returns where it ended, or -1 when it runs past the line. */
  private finishTag(text: string, from: number): number {
    for (let i = from; i < text.length; i++) {
      const char = text[i]!;
      if (this.openTag) {
        if (char === this.openTag) this.openTag = "";
      } else if (char === '"' || char === "'") this.openTag = char;
      else if (char === ">") {
        if (text[i - 1] !== "/") this.depth++;
        this.openTag = undefined;
        return i + 1;
      }
    }
    return -1;
  }
}
