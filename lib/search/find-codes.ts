/**
 * Finds the code-like tokens in free text (a pasted dialog, a ticket line) and says how sure it is that
 * each is a code, so that `(407)` is a code, `407` is one only if the catalog knows it, and `4.5.2`, `5%`
 * and `48 timmar` never are.
 */
import { sanitizeText } from "./analyze-text";
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

const TOKEN = /(?<![\p{L}\p{N}])(-?)(0x[0-9a-f]+|[\p{L}\p{N}]+)(?![\p{L}\p{N}])/giu;
const KEYWORD_BEFORE =
  /(?:^|[^\p{L}])(?:id|fel|felkod|felkoden|error|code|kod|hresult|status)\s*[:#=]?\s*$/iu;
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
  return KEYWORD_BEFORE.test(before);
}

function classifyToken(sign: string, token: string, before: string, after: string): FoundCode | undefined {
  const keys = normalizeCode(sign + token);
  const wrapped = isWrapped(before, after);
  const numeric = parseNumericCode(sign + token);
  if (numeric) {
    if (VERSION_AFTER.test(after) || VERSION_BEFORE.test(before) || UNIT_AFTER.test(after)) return undefined;
    const prefixed = /^0x/i.test(token) || sign === "-";
    const digits = token.replace(/^0x/i, "").length;
    const strong = prefixed || digits >= BARE_NUMBER_MIN_DIGITS || (wrapped && digits >= 3);
    return { text: sign + token, keys, strength: strong ? "strong" : "weak", symbolic: false };
  }
  if (isBareHex(token)) return { text: token, keys, strength: wrapped ? "strong" : "weak", symbolic: false };
  const camel = countCamelHumps(token) >= CAMEL_CODE_MIN_HUMPS;
  const codeLike = /\p{N}/u.test(token) && /\p{L}/u.test(token) && token.length >= 4;
  const strong = camel || (codeLike && wrapped);
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

/** Every code candidate in a text, in order of appearance, strong and weak, without duplicate keys. */
export function findCodes(input: string): FoundCode[] {
  const text = sanitizeText(input);
  const found: FoundCode[] = [];
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
