/**
 * Line and column of offsets in one text, and back, in logarithmic time: the line starts are found once, so
 * locating thousands of entities in a long article stays linear overall.
 */
export interface TextLocator {
  /** 1-based line and column of a 0-based offset. */
  pointAt(offset: number): { line: number; column: number };
  /** 0-based offset of a 1-based line and column (clamped to the text). */
  offsetAt(line: number, column: number): number;
}

export function createTextLocator(text: string): TextLocator {
  const lineStarts = [0];
  for (let index = text.indexOf("\n"); index >= 0; index = text.indexOf("\n", index + 1))
    lineStarts.push(index + 1);
  return {
    pointAt(offset) {
      let low = 0;
      let high = lineStarts.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (lineStarts[middle]! <= offset) low = middle;
        else high = middle - 1;
      }
      return { line: low + 1, column: offset - lineStarts[low]! + 1 };
    },
    offsetAt(line, column) {
      if (line > lineStarts.length) return text.length;
      const start = lineStarts[Math.max(line, 1) - 1]!;
      return Math.min(start + column - 1, text.length);
    },
  };
}
