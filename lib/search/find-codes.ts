/**
 * Finds the code-like tokens in free text (a pasted dialog, a ticket line) and says how sure it is that
 * each is a code, so that `(407)` is a code, `407` is one only if the catalog knows it, and `4.5.2`, `5%`
 * and `48 timmar` never are.
 */
import { mayHoldCjk, sanitizeText } from "./analyze-text";
import { CODE_KEYWORDS, isSpacedKeyword, OUTPUT_WRAPPERS } from "./code-families";
import { isBareHex, normalizeCode, parseNumericCode, type CodeKey } from "./normalize-code";
import { BARE_NUMBER_MIN_DIGITS, CAMEL_CODE_MIN_HUMPS, MAX_CODE_WORDS } from "./ranking";

/**
 * A code candidate. `strong` candidates are reported even when unknown (`0x…`, wrapped numbers, long numbers,
 * CamelCase); `weak` ones (short bare numbers, plain words, words typed apart) count only on an exact hit.
 */
export interface FoundCode {
  /** The code as typed, without wrappers, e.g. `0x1FC07`, `SalLowDiskSpace`, `Sal Low Disk Space`. */
  text: string;
  keys: CodeKey[];
  strength: "strong" | "weak";
  /** Whether the token is a symbolic (CamelCase or word) code rather than a number. */
  symbolic: boolean;
}

// A token: a hex number, or letters and digits, with `_` between parts (`ERROR_ACCESS_DENIED` is one code).
const TOKEN = /(?<![\p{L}\p{N}_])(-?)(0x[0-9a-f]+|[\p{L}\p{N}]+(?:_[\p{L}\p{N}]+)*)(?![\p{L}\p{N}])/giu;
// A constant's name: upper-case parts joined by `_` (`ERR_HTTP_HEADERS_SENT`, `E_ACCESSDENIED`).
const CONSTANT_NAME = /^\p{Lu}[\p{Lu}\p{N}]*(?:_[\p{Lu}\p{N}]+)+$/u;
// CJK and the letters or digits next to it are different words even without a space (`エラー34506`).
const CJK = String.raw`\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}`;
const OTHER_WORD_CHAR = String.raw`(?![${CJK}])[\p{L}\p{N}]`;
const SCRIPT_BOUNDARY = new RegExp(
  `(?<=[${CJK}])(?=${OTHER_WORD_CHAR})|(?<=${OTHER_WORD_CHAR})(?=[${CJK}])`,
  "gu",
);

// The keywords of CODE_FAMILIES, spaces collapsed: a token right after one is wrapped (`Fel 34506`, `ID: 403`).
const KEYWORDS = CODE_KEYWORDS.map((word) => ({
  text: word.replace(/\s+/g, " "),
  spaced: isSpacedKeyword(word),
}));
const KEYWORD_SEPARATORS = /[\s:#=：]+$/u;

/** Whether `before` ends with a code keyword; one written with spaces must start a word (`terror 404` has none). */
function endsWithKeyword(before: string): boolean {
  const text = before.replace(KEYWORD_SEPARATORS, "").replace(/\s+/g, " ").toLowerCase();
  return KEYWORDS.some(({ text: keyword, spaced }) => {
    if (!text.endsWith(keyword)) return false;
    const previous = text[text.length - keyword.length - 1];
    return !spaced || previous === undefined || !/\p{L}/u.test(previous);
  });
}
const UNIT_AFTER =
  /^\s?(?:%|procent|percent|timmar|timme|hours?|minuter|minutes?|sekunder|seconds?|dagar|days?|[kmgt]i?b\b|datorer|filer|files|ms\b)/i;
const VERSION_AFTER = /^[.,]\d/;
const VERSION_BEFORE = /\d[.,]$/;

/** Counts lower-to-upper case changes: `SalBitmapError` has 2, `PowerShell` 1, `iSCSI` 1. */
export function countCamelHumps(token: string): number {
  return token.match(/\p{Ll}\p{Lu}/gu)?.length ?? 0;
}

function isWrapped(before: string, after: string): boolean {
  if (before.endsWith("(") && after.startsWith(")")) return true;
  if (before.endsWith("[") && after.startsWith("]")) return true;
  return endsWithKeyword(before);
}

function classifyToken(sign: string, token: string, before: string, after: string): FoundCode | undefined {
  const keys = normalizeCode(sign + token);
  const numeric = parseNumericCode(sign + token);
  if (numeric) {
    if (VERSION_AFTER.test(after) || VERSION_BEFORE.test(before) || UNIT_AFTER.test(after)) return undefined;
    const prefixed = /^0x/i.test(token) || sign === "-";
    const digits = token.replace(/^0x/i, "").length;
    const strong = prefixed || digits >= BARE_NUMBER_MIN_DIGITS || (digits >= 3 && isWrapped(before, after));
    return { text: sign + token, keys, strength: strong ? "strong" : "weak", symbolic: false };
  }
  if (isBareHex(token))
    return { text: token, keys, strength: isWrapped(before, after) ? "strong" : "weak", symbolic: false };
  const humps = countCamelHumps(token);
  const codeLike = /\p{N}/u.test(token) && /\p{L}/u.test(token) && token.length >= 4;
  // Wrapped, a CamelCase word is a code too: `(AuthorizationFailed)`, `Error code: InvalidTemplate`.
  const strong =
    humps >= CAMEL_CODE_MIN_HUMPS ||
    CONSTANT_NAME.test(token) ||
    ((codeLike || humps > 0) && isWrapped(before, after));
  return { text: token, keys, strength: strong ? "strong" : "weak", symbolic: true };
}

/** Codes typed as separate words (`Sal Low Disk Space`): joins of 2 to `MAX_CODE_WORDS` adjacent words. */
function findWordJoins(words: { text: string; start: number; end: number }[], source: string): FoundCode[] {
  const found: FoundCode[] = [];
  for (let first = 0; first < words.length; first++) {
    let joined = words[first]!.text;
    for (let last = first + 1; last < Math.min(words.length, first + MAX_CODE_WORDS); last++) {
      const gap = source.slice(words[last - 1]!.end, words[last]!.start);
      if (!/^[\s_-]+$/.test(gap)) break;
      joined += words[last]!.text;
      found.push({
        text: source.slice(words[first]!.start, words[last]!.end),
        keys: normalizeCode(joined),
        strength: "weak",
        symbolic: true,
      });
    }
  }
  return found;
}

/** Codes printed inside tool and protocol output (OUTPUT_WRAPPERS of CODE_FAMILIES): strong, in order. */
function findWrappedCodes(text: string): FoundCode[] {
  const found: { at: number; code: FoundCode }[] = [];
  const lower = text.toLowerCase();
  for (const wrapper of OUTPUT_WRAPPERS) {
    if (!lower.includes(wrapper.hint)) continue;
    for (const match of text.matchAll(wrapper.pattern)) {
      for (const name of ["status", "code"] as const) {
        const code = match.groups?.[name];
        if (!code) continue;
        const symbolic = parseNumericCode(code) === undefined && !isBareHex(code);
        const at = match.index + match[0].indexOf(code);
        found.push({ at, code: { text: code, keys: normalizeCode(code), strength: "strong", symbolic } });
      }
    }
  }
  return found.sort((a, b) => a.at - b.at).map((entry) => entry.code);
}

/** Every code candidate in a text, wrapped codes first, then in order of appearance, without duplicate keys. */
export function findCodes(input: string): FoundCode[] {
  const clean = sanitizeText(input);
  const text = mayHoldCjk(clean) ? clean.replace(SCRIPT_BOUNDARY, " ") : clean;
  const found: FoundCode[] = findWrappedCodes(text);
  const words: { text: string; start: number; end: number }[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const sign = match[1] ?? "";
    const token = match[2] ?? "";
    const start = match.index + sign.length;
    const end = start + token.length;
    const candidate = classifyToken(
      sign,
      token,
      text.slice(Math.max(0, match.index - 16), match.index),
      text.slice(end, end + 12),
    );
    if (candidate) found.push(candidate);
    if (/^\p{L}+$/u.test(token)) words.push({ text: token, start, end });
  }
  found.push(...findWordJoins(words, text));
  const seen = new Set<string>();
  return found.filter((candidate) => {
    const id = candidate.keys.join("|");
    if (seen.has(id) || candidate.keys.length === 0) return false;
    seen.add(id);
    return true;
  });
}
