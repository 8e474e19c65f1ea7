/**
 * Code families and code wrappers, as data: the one table of how a code is also printed in another form (an
 * HRESULT wrapping a Win32 code) and how tools and protocols wrap codes in their output (`error[E0499]: …`,
 * `Mount error(112)`, `550 5.1.1 …`, `Erreur 34506`). Code search reads these entries and nothing else about
 * shapes; each entry carries examples that its test checks, hits and misses alike.
 *
 * A third family is not in this table because the catalog is its data: a symbolic name and a number that one
 * document defines together (an error whose codes are `ERROR_ACCESS_DENIED`, `5` and `0x5`) are one code; see
 * `describeCodeAliases` in search-index.ts.
 */

/**
 * A numeric family: codes whose high bits are `base` wrap the code in their low `bits` bits, so
 * `0x80070005` (HRESULT_FROM_WIN32) is Win32 error 5, and Win32 error 5 may be reported as `0x80070005`.
 */
export interface NumericFamily {
  kind: "family";
  /** Name of the family, e.g. `HRESULT_FROM_WIN32`. */
  name: string;
  /** The fixed high part of every wrapped code, e.g. `0x80070000n`. */
  base: bigint;
  /** How many low bits hold the wrapped code, e.g. `16`. */
  bits: number;
  /** Pairs of a wrapped code and the code it wraps, e.g. `["0x80070057", "87"]`. */
  examples: readonly (readonly [string, string])[];
  /** Codes that look alike but are outside the family, e.g. `0x80040154` (another facility). */
  misses: readonly string[];
}

/**
 * How a tool or protocol prints a code inside its output. The pattern's named groups `code` (and `status`,
 * when the output carries two codes) are the codes, read as strong (reported even when unknown).
 */
export interface OutputWrapper {
  kind: "wrapper";
  /** What prints it, e.g. `rustc and similar compilers`. */
  name: string;
  /** Global, Unicode pattern with a named group `code` and optionally `status`. */
  pattern: RegExp;
  /** Text every match holds (compared in lower case): input without it skips the pattern, e.g. `[`. */
  hint: string;
  /** Text with the codes it must yield, in order, e.g. `{ text: "error[E0499]: cannot borrow", codes: ["E0499"] }`. */
  examples: readonly { text: string; codes: readonly string[] }[];
  /** Text that looks alike but must yield no code from this wrapper. */
  misses: readonly string[];
}

/**
 * Words that introduce a code in running text (`Error 34506`, `Fel 34506.`, `エラー 34506`, `ID: 403`), by
 * language. A short number after one of them is a code; once a code is read, they are noise for the text search.
 */
export interface CodeKeywords {
  kind: "keywords";
  name: string;
  /** Lower-case words or phrases by language tag, e.g. `{ fr: ["erreur", "code d’erreur"] }`. */
  words: Readonly<Record<string, readonly string[]>>;
  /** Text with the codes the keywords make strong. */
  examples: readonly { text: string; codes: readonly string[] }[];
  /** Text where a keyword-like word must not make a code. */
  misses: readonly string[];
}

export type CodeFamilyEntry = NumericFamily | OutputWrapper | CodeKeywords;

/** The table. Add an entry (with examples) to teach search a new family or wrapper; code needs no change. */
export const CODE_FAMILIES: readonly CodeFamilyEntry[] = [
  {
    kind: "family",
    name: "HRESULT_FROM_WIN32",
    base: 0x80070000n,
    bits: 16,
    examples: [
      ["0x80070005", "5"],
      ["0x80070057", "87"],
      ["0x80070070", "0x70"],
      ["-2147024891", "5"],
    ],
    misses: ["0x80040154", "0x90070005"],
  },
  {
    kind: "family",
    name: "NTSTATUS from Win32 (FACILITY_NTWIN32)",
    base: 0xc0070000n,
    bits: 16,
    examples: [["0xC0070005", "5"]],
    misses: ["0xC0000005"],
  },
  {
    kind: "keywords",
    name: "a word that introduces a code",
    words: {
      en: ["error", "error code", "code", "id", "status", "hresult", "errno", "exit code"],
      sv: ["fel", "felkod", "felkoden", "kod"],
      da: ["fejl", "fejlkode"],
      nb: ["feil", "feilkode"],
      de: ["fehler", "fehlercode"],
      nl: ["fout", "foutcode"],
      fr: ["erreur", "code d’erreur", "code d'erreur"],
      es: ["código de error", "código"],
      it: ["errore", "codice di errore"],
      pt: ["erro", "código de erro"],
      fi: ["virhe", "virhekoodi"],
      pl: ["błąd", "kod błędu"],
      cs: ["chyba", "kód chyby"],
      hu: ["hiba", "hibakód"],
      tr: ["hata", "hata kodu"],
      ru: ["ошибка", "код ошибки"],
      ja: ["エラー", "エラー コード", "エラーコード"],
      ko: ["오류", "오류 코드"],
      "zh-hans": ["错误", "错误代码"],
      "zh-hant": ["錯誤", "錯誤碼"],
    },
    examples: [
      { text: "Fel 404. Tjänsten svarar inte", codes: ["404"] },
      { text: "Erreur 112 : hôte injoignable", codes: ["112"] },
      { text: "エラー 404", codes: ["404"] },
      { text: "Fehler 112", codes: ["112"] },
      { text: "The requested URL returned error: 301", codes: ["301"] },
    ],
    misses: ["Felet 404", "terror 404", "errors 404"],
  },
  {
    kind: "wrapper",
    name: "a JavaScript error class with a bracketed code (Node.js)",
    hint: "[",
    pattern: /\b(?:[A-Z][A-Za-z]*)?(?:Error|Exception)\s?\[(?<code>[A-Za-z][A-Za-z0-9_.-]*)\]/gu,
    examples: [
      {
        text: "TypeError [ERR_INVALID_ARG_TYPE]: The argument must be a string",
        codes: ["ERR_INVALID_ARG_TYPE"],
      },
      { text: "Error [ERR_REQUIRE_ESM]: require() of ES Module", codes: ["ERR_REQUIRE_ESM"] },
    ],
    misses: ["Error [see below]", "array[ERR_X]"],
  },
  {
    kind: "wrapper",
    name: "a compiler diagnostic with a bracketed code (rustc)",
    hint: "[",
    pattern: /\b(?:error|warning)\[(?<code>[A-Za-z]+[0-9]+)\]/giu,
    examples: [{ text: "error[E0499]: cannot borrow `x` as mutable", codes: ["E0499"] }],
    misses: ["error[x]: not a code", "terror[E0499]"],
  },
  {
    kind: "wrapper",
    name: "a compiler diagnostic code before a colon (C#, TypeScript, MSVC, linkers)",
    hint: ":",
    pattern: /\b(?:fatal error|error|warning)\s+(?<code>[A-Z]{1,4}[0-9]{3,5})\s?:/gu,
    examples: [
      { text: "Program.cs(12,5): error CS1002: ; expected", codes: ["CS1002"] },
      { text: "src/a.ts(1,7): error TS2322: Type 'string' is not assignable", codes: ["TS2322"] },
      { text: "fatal error C1083: Cannot open include file", codes: ["C1083"] },
    ],
    misses: ["error CS: missing", "this error ABC12 happened"],
  },
  {
    kind: "wrapper",
    name: "an exit status or error number in parentheses after a word",
    hint: "(",
    pattern: /\b(?:error|status|errno|code)\s?\((?<code>-?[0-9]{1,10})\)/giu,
    examples: [
      { text: "Mount error(112): Host is down", codes: ["112"] },
      { text: "mount failed with status(2)", codes: ["2"] },
    ],
    misses: ["error(abc)", "function(12)"],
  },
  {
    kind: "wrapper",
    name: "an SMTP reply with an enhanced status code (RFC 3463)",
    hint: ".",
    pattern: /(?<![0-9.])(?<status>[245][0-9]{2})[ -](?<code>[245]\.[0-9]{1,3}\.[0-9]{1,3})(?![0-9.])/gu,
    examples: [
      { text: "550 5.1.1 <bob@example.com>: Recipient address rejected", codes: ["550", "5.1.1"] },
      { text: "421-4.7.0 Try again later", codes: ["421", "4.7.0"] },
    ],
    misses: [".NET Framework 4.5.2", "version 1.2.3", "650 5.1.1"],
  },
  {
    kind: "wrapper",
    name: "an HTTP status line",
    hint: "http/",
    pattern: /\bHTTP\/[0-9](?:\.[0-9])?\s(?<code>[1-5][0-9]{2})\b/gu,
    examples: [{ text: "HTTP/1.1 403 Forbidden", codes: ["403"] }],
    misses: ["HTTP/1.1 9999"],
  },
];

/** The numeric families of the table. */
export const NUMERIC_FAMILIES: readonly NumericFamily[] = CODE_FAMILIES.filter(
  (entry): entry is NumericFamily => entry.kind === "family",
);

/** The output wrappers of the table. */
export const OUTPUT_WRAPPERS: readonly OutputWrapper[] = CODE_FAMILIES.filter(
  (entry): entry is OutputWrapper => entry.kind === "wrapper",
);

/** Every word that introduces a code, in every language, longest first (so `error code` is tried before `error`). */
export const CODE_KEYWORDS: readonly string[] = CODE_FAMILIES.flatMap((entry) =>
  entry.kind === "keywords" ? Object.values(entry.words).flat() : [],
)
  .filter((word, i, all) => all.indexOf(word) === i)
  .sort((a, b) => b.length - a.length || (a < b ? -1 : 1));

/** Keywords as a pattern alternation: special characters escaped, spaces optional (`error code`, `errorcode`). */
export function describeKeywordPattern(words: readonly string[]): string {
  return words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s*")).join("|");
}

/** Whether a keyword is written in a script with spaces between words, so it must start a word. */
export function isSpacedKeyword(word: string): boolean {
  return /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\s'’]+$/u.test(word);
}

/**
 * The other members of a numeric code's families: for a wrapped code the code it wraps (`0x80070005` → 5), for a
 * plain code that fits the low bits every wrapped form (5 → `0x80070005`, `0xC0070005`). Values, not keys.
 */
export function relateNumericCode(value: bigint): bigint[] {
  const related: bigint[] = [];
  for (const { base, low } of FAMILY_MASKS) {
    if ((value & ~low) === base) related.push(value & low);
    else if (value <= low) related.push(base | value);
  }
  return related;
}

const FAMILY_MASKS = NUMERIC_FAMILIES.map((family) => ({
  base: family.base,
  low: (1n << BigInt(family.bits)) - 1n,
}));
