// Scores imported errors against hand labels the way ../shared/tools/compare_codes.py and compare_fix.py do:
// codes compared by value (0x2 = 2, a signed HRESULT = its hex form, otherwise case-insensitive), and each
// labelled fix phrase searched in the text of the errors it belongs to (found by code, or for code-less errors
// by 60 % of the title's words), after stripping Markdown and collapsing whitespace.

/** One document's labels, as in `expected.json`. */
export interface LabelledDocument {
  file: string;
  codes: string[];
  allowed_extra?: string[];
  errors?: { codes?: string[]; title?: string; has_fix?: boolean; fix_phrases?: string[] }[];
}

/** What the scorer needs of an imported error: its codes, title, and every string it carries. */
export interface ScoredError {
  codes: string[];
  title: string;
  /** All text of the error: message, causes, actions, body (any string field). */
  text: string;
}

export interface DocumentScore {
  file: string;
  codesFound: number;
  codesMissed: string[];
  codesExtra: string[];
  phrasesFound: number;
  phrasesTotal: number;
  phrasesLost: string[];
}

/** Share of a code-less error's title words that another title must have to be that error. */
const TITLE_WORD_SHARE = 0.6;

/** One form per code: numbers by value (decimal, 0x-hex and signed 32-bit HRESULT alike), others case-folded. */
export function canonicalCode(code: string): string {
  const c = code.trim();
  let value: number | undefined;
  if (/^0x[0-9a-f]+$/i.test(c)) value = parseInt(c, 16);
  else if (/^-?\d+$/.test(c)) value = Number(c);
  if (value !== undefined && Number.isFinite(value))
    return `#${value < 0 ? (value >>> 0).toString() : String(value)}`;
  return c.toLowerCase();
}

/** Text as compare_fix.py compares it: NFKC, links to their text, tags and Markdown marks removed, spaces collapsed. */
export function normalizeFixText(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<[^>]+>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/\u00a0/g, " ")
    .replace(/[*_`#>|[\]\\]/g, "")
    .replace(/[\u2019\u2018]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

function words(text: string): Set<string> {
  return new Set(normalizeFixText(text).match(/[\p{L}\p{N}_]+/gu) ?? []);
}

/** Scores one document's imported errors against its labels. */
export function scoreDocument(labels: LabelledDocument, errors: readonly ScoredError[]): DocumentScore {
  const got = new Set(errors.flatMap((error) => error.codes.map(canonicalCode)));
  const want = new Set(labels.codes.map(canonicalCode));
  const allowed = new Set((labels.allowed_extra ?? []).map(canonicalCode));
  const score: DocumentScore = {
    file: labels.file,
    codesFound: [...want].filter((code) => got.has(code)).length,
    codesMissed: [...want].filter((code) => !got.has(code)).sort(),
    codesExtra: [...got].filter((code) => !want.has(code) && !allowed.has(code)).sort(),
    phrasesFound: 0,
    phrasesTotal: 0,
    phrasesLost: [],
  };
  for (const labelled of labels.errors ?? []) {
    if (!labelled.has_fix || !labelled.fix_phrases?.length) continue;
    const keys = new Set((labelled.codes ?? []).map(canonicalCode));
    const titleWords = words(labelled.title ?? "");
    const candidates =
      keys.size > 0
        ? errors.filter((error) => error.codes.some((code) => keys.has(canonicalCode(code))))
        : errors.filter((error) => {
            if (titleWords.size === 0) return false;
            const shared = [...words(error.title)].filter((word) => titleWords.has(word)).length;
            return shared / titleWords.size >= TITLE_WORD_SHARE;
          });
    const text = normalizeFixText(candidates.map((error) => error.text).join(" \n "));
    for (const phrase of labelled.fix_phrases) {
      score.phrasesTotal++;
      if (text.includes(normalizeFixText(phrase))) score.phrasesFound++;
      else
        score.phrasesLost.push(
          `${[...keys].join("/") || (labelled.title ?? "").slice(0, 40)}: ${phrase.slice(0, 60)}`,
        );
    }
  }
  return score;
}

/** Every string inside a value (objects and arrays walked), joined: "any string field" of an entity. */
export function collectStrings(value: unknown): string {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.map(collectStrings).join(" \n ");
  if (value && typeof value === "object") return Object.values(value).map(collectStrings).join(" \n ");
  return "";
}
