// What an error code looks like, and where a document states one: headings, code columns, labels, messages,
// file names and the info strings of example fences. Where a token sits decides whether it is a code: these
// functions are only called on the places that define errors, never on prose, links, log samples or examples.
import { errorWords } from "./vocabulary";

/**
 * How sure the shape of a token alone makes it a code:
 * - `strong`: a number of three or more digits, a hex number (`0x1FC07`), a letter-and-digits code (`E0277`,
 *   `CS0103`) or an upper-case identifier with underscores (`ERR_HTTP2_STREAM_ERROR`, `ERROR_FILE_NOT_FOUND`);
 * - `named`: an identifier of several capitalised words (`SalLowDiskSpace`, `UserErrorVmNotInDesirableState`);
 * - `word`: any other single token (`Conflict`, `EACCES`), a code only where a label or column says so.
 */
export type CodeShape = "strong" | "named" | "word";

const CODE_TOKEN = /^[\p{L}\p{N}][\p{L}\p{N}_.-]*$/u;

/** The shape of a token, or undefined when it cannot be a code (spaces, punctuation, too long). */
export function classifyCode(token: string): CodeShape | undefined {
  if (!token || token.length > 100 || !CODE_TOKEN.test(token)) return undefined;
  if (/^-?\d{3,}$/.test(token) || /^0x[0-9a-f]{1,16}$/i.test(token)) return "strong";
  if (/^[A-Z]{1,4}\d{3,6}$/.test(token)) return "strong";
  if (/^[A-Z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+$/.test(token) && upperShare(token) >= 0.7) return "strong";
  if (/^[A-Z][A-Za-z0-9]{5,}$/.test(token) && /[a-z]/.test(token) && countCapitals(token) >= 3)
    return "named";
  return "word";
}

function countCapitals(token: string): number {
  return (token.match(/[A-Z]/g) ?? []).length;
}

function upperShare(token: string): number {
  const letters = token.match(/[A-Za-z]/g) ?? [];
  return letters.length === 0 ? 0 : countCapitals(token) / letters.length;
}

/** True for a token that reads as a code on its own (strong or named), e.g. in a heading. */
export function isCodeLike(token: string): boolean {
  const shape = classifyCode(token);
  return shape === "strong" || shape === "named";
}

/** True for an all-capitals identifier (`EACCES`, `ENOTFOUND`), as system error names are written. */
export function isUpperIdentifier(token: string): boolean {
  return /^[A-Z][A-Z0-9_]{2,}$/.test(token);
}

/** Splits a list of codes as docs print them: `320001, ResourceNotFound`, `A / B`, `429000, 429001`. */
export function parseCodeList(text: string): string[] {
  return text
    .split(/\s*[,/;]\s*|\s+(?:or|and|eller|och|oder|und|ou|et|o|y|e|of|en)\s+/i)
    .map((token) => token.trim().replace(/^[`*_"'“”]+|[`*_.:;"'“”]+$/g, ""))
    .filter((token) => token !== "");
}

/** Codes of a code cell or `Error code:` value: every part must be a single token. */
export function readCodeValue(text: string): string[] {
  const tokens = parseCodeList(text);
  return tokens.length > 0 && tokens.every((token) => classifyCode(token)) ? tokens : [];
}

/**
 * Codes named by a heading: a heading that is a code (`SalLowDiskSpace`, `` `ERR_X` ``), `CODE - message`,
 * `A / B - message`, or `NAME (value)` (`EACCES (13)`). Every token before the dash must read as a code, so
 * ordinary titles give none.
 */
export function extractHeadingCodes(title: string): string[] {
  const named = /^([^\s()]+)\s*\(\s*(-?\d+|0x[0-9a-f]+)\s*\)$/i.exec(title.trim());
  if (named?.[1] && named[2] && (isCodeLike(named[1]) || isUpperIdentifier(named[1])))
    return [named[1], named[2]];
  const lead = title.split(/\s+[-–—]\s+/)[0] ?? "";
  const tokens = parseCodeList(lead);
  return tokens.length > 0 && tokens.every(isCodeLike) ? tokens : [];
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Message patterns that carry a code, in order of trust; the "error" word is every language's. */
function buildMessagePatterns(): RegExp[] {
  const error = errorWords().map(escape).join("|");
  return [
    /\(\s*ID\s*[:：]\s*(\d{3,})\s*\)/giu, // "(ID: 34513)", "(ID : 34513)"
    /\[\s*(0x[0-9A-Fa-f]{4,})\s*\]/gu, // "[0x1FC07]"
    new RegExp(`^\\s*(?:${error})\\s*(\\d{3,})\\s*[.。:：]`, "giu"), // "Erreur 34506.", "エラー 34506。"
    /^\s*\((\d{3})\)\s/gu, // "(407) Proxy Authentication Required."
    new RegExp(`(?:${error})\\s*\\(\\s*(\\d{3,}|0x[0-9A-Fa-f]+)\\s*\\)`, "giu"), // "Mount error(112)"
    new RegExp(`(?:${error})\\s*[:：]\\s*(\\d{3,}|0x[0-9A-Fa-f]{4,})\\b`, "giu"), // "returned error: 301"
  ];
}

let messagePatterns: RegExp[] | undefined;

/** Codes a product prints inside its message text, in order of appearance. */
export function extractMessageCodes(message: string): string[] {
  messagePatterns ??= buildMessagePatterns();
  const found: { index: number; code: string }[] = [];
  for (const pattern of messagePatterns) {
    for (const match of message.matchAll(pattern)) {
      if (match[1]) found.push({ index: match.index ?? 0, code: match[1] });
    }
  }
  found.sort((a, b) => a.index - b.index);
  const codes: string[] = [];
  addCodes(
    codes,
    found.map((f) => f.code),
  );
  return codes;
}

/** Text right before a bold token that makes it a code of this section: "the error **X**", "error codes: **A**, **B**". */
export function introducesCode(textBefore: string): boolean {
  const error = errorWords().map(escape).join("|");
  return new RegExp(`(?:^|[^\\p{L}])(?:${error})(?:\\s*(?:codes?|koder?|kod|code))?\\s*:?\\s*$`, "iu").test(
    textBefore,
  );
}

/** Adds codes to a list once each (by value, ignoring case), keeping the first order. */
export function addCodes(into: string[], codes: readonly string[]): void {
  for (const code of codes) {
    const key = code.toLowerCase();
    if (!into.some((existing) => existing.toLowerCase() === key)) into.push(code);
  }
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
    .find((token) => /^[A-Z]{1,4}\d{3,6}$/.test(token) || /^0x[0-9a-f]{4,}$/i.test(token));
}

/** Codes in example fences' info strings (```` ```compile_fail,E0277 ````): how compiler docs tag their error. */
export function extractFenceCodes(infos: readonly string[]): string[] {
  const codes: string[] = [];
  for (const info of infos) {
    addCodes(
      codes,
      info.split(/[\s,]+/).filter((token) => /^[A-Z]{1,4}\d{3,6}$/.test(token)),
    );
  }
  return codes;
}
