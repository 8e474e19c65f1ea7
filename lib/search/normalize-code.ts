/**
 * Code normalisation: turns a code as printed or typed (`0x1FC07`, `130055`, `(ID: 34513)`, `-2147024891`,
 * `Sal Low Disk Space`) into index keys that meet whatever the shape, and describes it in words.
 */
import { CODE_KEYWORDS, describeKeywordPattern, isSpacedKeyword } from "./code-families";
import type { Translation } from "../i18n/translation";
import { en } from "../i18n/languages/en";

/** Index key of a code: `n:<unsigned decimal value>` for numeric codes, `s:<lower-case letters and digits>` for symbolic ones. */
export type CodeKey = string;

const MAX_HEX_DIGITS = 16;
const MAX_DECIMAL_DIGITS = 20;
const UINT32 = 2n ** 32n;
const INT32_MIN = -(2n ** 31n);
const HRESULT_FAILURE = 0x80000000n;

// Wrappers a code is printed in: `(ID: 34513)`, `[0x1FC07]`, `Fel 34506.`, `Error code: 0x…`, `SalLowDiskSpace:`,
// with the keywords of CODE_FAMILIES. A spaced keyword needs a separator after it, so `IdentityError` keeps its
// `Id`; a CJK one need not (`エラー34506`).
const WRAPPER_PREFIX = new RegExp(
  String.raw`^[\s([{#]*(?:(?:${describeKeywordPattern(CODE_KEYWORDS.filter(isSpacedKeyword))})(?:\s*[:#=]\s*|\s+)|` +
    String.raw`(?:${describeKeywordPattern(CODE_KEYWORDS.filter((word) => !isSpacedKeyword(word)))})\s*[:#=：]?\s*)?`,
  "iu",
);
const WRAPPER_SUFFIX = /[\s)\]}.:,;]*$/;

// Without one of these, no wrapper can be stripped (a spaced keyword needs a separator): the common case of a
// bare token skips the patterns.
const MAYBE_WRAPPED = /[^\p{L}\p{N}]|[\u2e80-\u9fff\uac00-\ud7af]/u;

/** Removes the words and brackets a code is printed in: `(ID: 34513)` → `34513`. */
export function stripCodeWrappers(raw: string): string {
  const code = raw.normalize("NFC").trim();
  return MAYBE_WRAPPED.test(code) ? code.replace(WRAPPER_PREFIX, "").replace(WRAPPER_SUFFIX, "") : code;
}

/** The unsigned value of a numeric code, or undefined when the text is not a number. */
export function parseNumericCode(code: string): { value: bigint; radix: 10 | 16 } | undefined {
  if (/^0x[0-9a-f]+$/i.test(code) && code.length - 2 <= MAX_HEX_DIGITS) {
    return { value: BigInt(code.toLowerCase()), radix: 16 };
  }
  if (/^-\d+$/.test(code) && code.length - 1 <= MAX_DECIMAL_DIGITS) {
    const signed = BigInt(code);
    // A negative decimal is an HRESULT printed as a signed 32-bit integer: -2147024891 is 0x80070005.
    return signed >= INT32_MIN ? { value: signed + UINT32, radix: 10 } : undefined;
  }
  if (/^\d+$/.test(code) && code.length <= MAX_DECIMAL_DIGITS) return { value: BigInt(code), radix: 10 };
  return undefined;
}

/** True when a token is hexadecimal without a prefix and mixes digits and letters, like `1FC07` or `E0308`. */
export function isBareHex(code: string): boolean {
  return /^[0-9a-f]+$/i.test(code) && /\d/.test(code) && /[a-f]/i.test(code) && code.length <= MAX_HEX_DIGITS;
}

/**
 * Every index key a code may be meant as. `0x1FC07`, `1FC07` and `130055` share `n:130055`; `1FC07` is also a
 * symbolic `s:1fc07`; an eight-digit number is also read as hex (HRESULTs are often printed without `0x`).
 * Returns an empty list for text with no letters or digits.
 */
export function normalizeCode(raw: string): CodeKey[] {
  const code = stripCodeWrappers(raw);
  const keys = new Set<CodeKey>();
  const numeric = parseNumericCode(code);
  if (numeric) {
    keys.add(`n:${numeric.value}`);
    if (/^\d{8}$/.test(code)) keys.add(`n:${BigInt(`0x${code}`)}`);
    return [...keys];
  }
  if (isBareHex(code)) keys.add(`n:${BigInt(`0x${code}`)}`);
  const symbolic = code.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
  if (symbolic) keys.add(`s:${symbolic}`);
  return [...keys];
}

/** The primary key of a code: its first normalised key, without the kind prefix (`130055`, `sallowdiskspace`). */
export function displayNormalizedCode(raw: string): string {
  const [first] = normalizeCode(raw);
  return first ? first.slice(2) : "";
}

/**
 * Says in words what a code was understood as: `code 0x1FC07 (decimal 130055)`, `kod 34513 (hex 0x86D1)`,
 * `HRESULT 0x80070005 (decimal 2147942405, signed -2147024891)`, `symbolic code SalLowDiskSpace`.
 */
export function describeCode(raw: string, words: Translation["codes"] = en.codes, known = true): string {
  const code = stripCodeWrappers(raw);
  const numeric =
    parseNumericCode(code) ??
    (isBareHex(code) ? { value: BigInt(`0x${code}`), radix: 16 as const } : undefined);
  let text: string;
  if (!numeric) {
    text = `${words.symbolic} ${code}`;
  } else {
    const hex = `0x${numeric.value.toString(16).toUpperCase()}`;
    const isHresult = numeric.value >= HRESULT_FAILURE && numeric.value < UINT32;
    if (isHresult) {
      text = `HRESULT ${hex} (${words.decimal} ${numeric.value}, ${words.signed} ${numeric.value - UINT32})`;
    } else if (numeric.radix === 16) {
      text = `${words.code} ${hex} (${words.decimal} ${numeric.value})`;
    } else {
      text = `${words.code} ${numeric.value} (hex ${hex})`;
    }
  }
  return known ? text : `${text}: ${words.unknown}`;
}
