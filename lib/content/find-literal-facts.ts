/**
 * Literal facts in prose: the parts of a text that no translation may change (URLs, paths, registry keys,
 * file, process and host names, hex codes, addresses, numbers with their units, and whatever a writer put
 * in a code span). Found by shape alone, so it works for any product and any language.
 */

/** What sort of literal a fact is; facts are compared only with facts of the same kind. */
export type FactKind = "url" | "path" | "name" | "code" | "address" | "number" | "literal";

export interface LiteralFact {
  kind: FactKind;
  /** As written, e.g. `C:\Program Files\Microsoft Azure Recovery Services Agent\Bin`. */
  text: string;
  /** What is compared: case and number formatting folded, e.g. `60000` for `60,000` and `60 000`. */
  key: string;
}

/** A path starts with a drive, a share, an environment variable, a registry hive or a `<placeholder>`. */
const PATH_START = String.raw`(?:\b[A-Za-z]:|\\\\[\w.$-]+|%\w+%|\bHKEY_[A-Z_]+|\bHK(?:LM|CU|CR|U|CC)\b|<[^<>\n]{1,60}>|\b[\w.-]+(?=\\))`;
/** One path segment: no separators, spaces or sentence punctuation that never occurs in names. */
const SEGMENT = String.raw`[^\\/\s<>"|*?,;()\[\]]+`;
/**
 * Segments before the last may hold spaces (`Program Files`), since a separator follows and closes them;
 * the last may not, so a path in prose ends where the sentence goes on.
 */
const PATH = new RegExp(
  String.raw`${PATH_START}(?:[\\/]${SEGMENT}(?: ${SEGMENT})*(?=[\\/]))*[\\/](?:${SEGMENT})?`,
  "g",
);
const URL_PATTERN = /\b(?:https?|ftp):\/\/[^\s<>"'`]+/g;
const UNIX_PATH = /(?<![\w:/.\\])\/(?:[\w.-]+\/)+[\w.-]*/g;
const ADDRESS = /(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?:\/\d{1,2})?(?![\w.]*\d)/g;
const HEX_CODE = /\b0[xX][0-9A-Fa-f]+\b/g;
/** `CBengine.exe`, `OnlineBackup.KEK`, `www.msftncsi.com`, `.windows.net`: dotted names with a letter. */
const DOTTED_NAME = /(?<![\w.-])\.?[A-Za-z0-9_-]{2,}(?:\.[A-Za-z0-9_-]{2,})+(?![\w-])/g;
/** A number, with thousands groups (`60,000`, `60 000`) or decimals/versions (`3.0`, `4.5.2`), then `%`. */
const NUMBER = /(?<![\w.,])\d+(?:[.,]\d+|[\u00a0\u202f ]\d{3}(?!\d))*(?:\s?%)?(?!\w)/g;
const TRAILING_PUNCTUATION = /[.,;:!?)\]}'"]+$/;

/**
 * Every literal fact in `text`, in order of appearance. `codeSpans` are the text's code spans (verbatim
 * commands, names): each is searched for facts too, and one without any is a fact of its own.
 */
export function findLiteralFacts(text: string, codeSpans: readonly string[] = []): LiteralFact[] {
  const facts = scan(text);
  for (const span of codeSpans) {
    const inside = scan(span);
    const literal = span.replace(/\s+/g, " ").trim();
    facts.push(...(inside.length > 0 || literal === "" ? inside : [fact("literal", literal)]));
  }
  return facts;
}

/** Runs the patterns from the most specific to the least, blanking what each took so none counts twice. */
function scan(text: string): LiteralFact[] {
  const found: Array<{ at: number; fact: LiteralFact }> = [];
  let rest = text;
  const take = (pattern: RegExp, kind: FactKind, accept: (raw: string) => boolean = () => true) => {
    rest = rest.replace(pattern, (match: string, ...args: unknown[]) => {
      const at = args.find((arg): arg is number => typeof arg === "number") ?? 0;
      const raw = match.replace(TRAILING_PUNCTUATION, "");
      if (raw === "" || !accept(raw)) return match;
      found.push({ at, fact: fact(kind, raw) });
      return " ".repeat(match.length);
    });
  };
  take(URL_PATTERN, "url");
  take(PATH, "path", (raw) => /[\\/]./.test(raw));
  take(UNIX_PATH, "path");
  take(ADDRESS, "address");
  take(HEX_CODE, "code");
  take(DOTTED_NAME, "name", (raw) => /[A-Za-z]/.test(raw) && !/^\.?\d/.test(raw));
  take(NUMBER, "number", isTellingNumber);
  return found.sort((a, b) => a.at - b.at).map((entry) => entry.fact);
}

/**
 * Single digits are left out: lists and step references count with them, and languages write small
 * counts as words ("two" / "två"). Two or more digits, a percentage or a decimal are facts.
 */
function isTellingNumber(raw: string): boolean {
  return /%$/.test(raw) || /\d{2}/.test(raw) || /\d[.,]\d/.test(raw);
}

function fact(kind: FactKind, text: string): LiteralFact {
  return { kind, text, key: factKey(kind, text) };
}

function factKey(kind: FactKind, text: string): string {
  if (kind === "number") return numberKey(text);
  if (kind === "code") return text.toLowerCase();
  return text.replace(/\s+/g, " ").toLowerCase();
}

/** `60,000` = `60 000` = `60000`; `3,0` = `3.0` (a decimal comma); `5 %` = `5%`. */
function numberKey(text: string): string {
  const percent = text.endsWith("%") ? "%" : "";
  const digits = text.replace(/\s?%$/, "");
  const parts = digits.split(/[.,\u00a0\u202f ]/);
  const thousands = parts.length > 1 && parts.slice(1).every((part) => part.length === 3);
  return `${thousands ? parts.join("") : parts.join(".")}${percent}`;
}
