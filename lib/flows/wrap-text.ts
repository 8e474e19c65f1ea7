// Fits step text into labels by character count: word wrapping, and shortening with an ellipsis.

const ELLIPSIS = "…";

/** Collapses runs of white space (new lines included) into single spaces. */
export function squashWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * `text` shortened to at most `maxChars` characters, cut at a word boundary when one is near and
 * ended with an ellipsis; returned unchanged when it already fits.
 */
export function truncateText(text: string, maxChars: number): string {
  const squashed = squashWhitespace(text);
  if (squashed.length <= maxChars) return squashed;
  const room = Math.max(1, maxChars - ELLIPSIS.length);
  const cut = squashed.slice(0, room);
  const lastSpace = cut.lastIndexOf(" ");
  // Cutting at a space reads better, but not when that would throw away most of the room.
  const end = lastSpace >= room * 0.6 ? lastSpace : room;
  return `${cut.slice(0, end).trimEnd()}${ELLIPSIS}`;
}

/** Lines of at most `width` characters, broken between words; a longer word is split. */
export function wrapText(text: string, width: number): string[] {
  const lineWidth = Math.max(1, Math.floor(width));
  const lines: string[] = [];
  let line = "";
  for (const word of squashWhitespace(text).split(" ")) {
    if (word === "") continue;
    const candidate = line === "" ? word : `${line} ${word}`;
    if (candidate.length <= lineWidth) {
      line = candidate;
      continue;
    }
    if (line !== "") lines.push(line);
    line = word;
    while (line.length > lineWidth) {
      lines.push(line.slice(0, lineWidth));
      line = line.slice(lineWidth);
    }
  }
  if (line !== "") lines.push(line);
  return lines;
}
