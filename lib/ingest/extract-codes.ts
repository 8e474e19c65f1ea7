// Finds the error codes an error really defines: in headings, `Error code:` lines and message text.

/**
 * A token that reads like an error code: a number, a hex code, a compiler code like `E0308`, or a
 * CamelCase identifier such as `SalLowDiskSpace` (three capitals and a lower-case letter, no spaces).
 */
export function isCodeLike(token: string): boolean {
  if (/^\d{3,}$/.test(token)) return true;
  if (/^0x[0-9A-Fa-f]{4,}$/.test(token)) return true;
  if (/^[A-Z]\d{4}$/.test(token)) return true;
  return (
    /^[A-Z][A-Za-z0-9]{6,}$/.test(token) && /[a-z]/.test(token) && (token.match(/[A-Z]/g) ?? []).length >= 3
  );
}

/** Splits a list of codes as docs print them: `320001, ResourceNotFound`, `A / B`. */
export function parseCodeList(text: string): string[] {
  return text
    .split(/\s*[,/]\s*|\s+(?:or|and|eller|och)\s+/)
    .map((token) => token.trim().replace(/^[`*_]+|[`*_.:;]+$/g, ""))
    .filter((token) => token !== "");
}

/**
 * Codes named by a heading such as `SalLowDiskSpace`, `CODE - message` or `A / B - message`.
 * Every token before the dash must look like a code, so ordinary titles give none.
 */
export function extractHeadingCodes(title: string): string[] {
  const lead = title.split(/\s+[-–—]\s+/)[0] ?? "";
  const tokens = parseCodeList(lead);
  return tokens.length > 0 && tokens.every(isCodeLike) ? tokens : [];
}

const MESSAGE_CODE_PATTERNS: readonly RegExp[] = [
  /\(ID:\s*(\d+)\)/g, // "(ID: 34513)"
  /\[(0x[0-9A-Fa-f]+)\]/g, // "[0x1FC07]"
  /^\s*(?:Fel|Error)\s+(\d+)\./g, // "Fel 34506." at the start of the message
  /^\s*\((\d{3})\)/g, // "(407) Proxy Authentication Required."
];

/** Codes a product prints inside its message text, in order of appearance. */
export function extractMessageCodes(message: string): string[] {
  const found: { index: number; code: string }[] = [];
  for (const pattern of MESSAGE_CODE_PATTERNS) {
    for (const match of message.matchAll(pattern)) {
      if (match[1]) found.push({ index: match.index ?? 0, code: match[1] });
    }
  }
  return found.sort((a, b) => a.index - b.index).map((f) => f.code);
}

/** Text right before a bold token that makes it a code of this section: "the error **X**", "error codes: **A**, **B**". */
export function introducesCode(textBefore: string): boolean {
  return /\b(?:error(?:\s+codes?)?|fel(?:kod(?:en|er|erna)?)?)\s*:?\s*$/i.test(textBefore);
}

/** Adds codes to a list once each, keeping the first order. */
export function addCodes(into: string[], codes: readonly string[]): void {
  for (const code of codes) if (!into.includes(code)) into.push(code);
}

/** The code a file name names (`E0308.md`, `rust-E0308.md`), for documents that have no headings. */
export function extractFileNameCode(file: string): string | undefined {
  const base =
    file
      .split(/[\\/]/)
      .pop()
      ?.replace(/\.[^.]+$/, "") ?? "";
  return base
    .split(/[-_\s.]+/)
    .find((token) => /^[A-Z]\d{4}$/.test(token) || /^0x[0-9A-Fa-f]{4,}$/.test(token));
}
