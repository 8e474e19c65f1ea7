// Every language's vocabulary, and the language-independent matching over all of them: a document is read with
// the words of every language at once, so a document without locale metadata (or with a wrong one) still works.
import { cs } from "./cs";
import { da } from "./da";
import { de } from "./de";
import { en } from "./en";
import { es } from "./es";
import { fi } from "./fi";
import { fr } from "./fr";
import { hu } from "./hu";
import { it } from "./it";
import { ja } from "./ja";
import { ko } from "./ko";
import { nb } from "./nb";
import { nl } from "./nl";
import { pl } from "./pl";
import { pt } from "./pt";
import { ru } from "./ru";
import { sv } from "./sv";
import { tr } from "./tr";
import type { Vocabulary } from "./vocabulary";
import { zhHans } from "./zh-hans";
import { zhHant } from "./zh-hant";

export type { Vocabulary } from "./vocabulary";

/** All vocabularies, English first (its phrases are the fallback). */
export const VOCABULARIES: readonly Vocabulary[] = [
  en,
  sv,
  de,
  fr,
  es,
  it,
  pt,
  nl,
  da,
  nb,
  fi,
  pl,
  cs,
  hu,
  tr,
  ru,
  ja,
  ko,
  zhHans,
  zhHant,
];

/** What a label, table header or sub-heading says its content is. */
export type LabelRole = "code" | "message" | "cause" | "action" | "symptom" | "step" | "note";

const LABEL_ROLES: readonly LabelRole[] = ["code", "message", "cause", "action", "symptom", "step", "note"];

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/;

/**
 * The form labels are compared in: NFKC, lower case, typographic apostrophes straightened, Markdown emphasis,
 * "(s)" plurals and a trailing colon or full stop removed, spaces collapsed, and no spaces next to CJK
 * characters (`エラー コード` = `エラーコード`).
 */
export function normalizeLabel(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[*_]/g, "")
    .replace(/\(s\)/g, "s")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\s:：.。]+$/u, "")
    .replace(/^'+|'+$/g, "")
    .replace(
      / (?=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff])|(?<=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]) /g,
      "",
    )
    .trim();
}

function buildLabelTable(headers: boolean): Map<string, LabelRole> {
  const table = new Map<string, LabelRole>();
  const add = (word: string, role: LabelRole) => {
    const key = normalizeLabel(word);
    if (key && !table.has(key)) table.set(key, role);
  };
  for (const vocabulary of VOCABULARIES) {
    for (const role of LABEL_ROLES) for (const word of vocabulary[role]) add(word, role);
    if (headers) for (const word of vocabulary.messageColumn) add(word, "message");
  }
  return table;
}

const LABELS = buildLabelTable(false);
const HEADERS = buildLabelTable(true);
const ERROR_WORDS = new Set(VOCABULARIES.flatMap((v) => v.error.map(normalizeLabel)));
const NONE_WORDS = new Set(VOCABULARIES.flatMap((v) => v.none.map(normalizeLabel)));
const NAVIGATION = [...new Set(VOCABULARIES.flatMap((v) => v.navigation.map(normalizeLabel)))];

/** A label's role and the number that follows it (`Step 2`, `Orsak 3`, `手順 1`), if any. */
export interface Label {
  role: LabelRole;
  number?: number;
}

/**
 * Reads a label or header such as `**Possible causes**`, `Felkod:`, `Step 2`; undefined when it is none.
 * Table headers (`header`) also accept general words for the message column, such as `Description`.
 */
export function readLabel(text: string, header = false): Label | undefined {
  const labels = header ? HEADERS : LABELS;
  const key = normalizeLabel(text);
  if (!key || key.length > 60) return undefined;
  const role = labels.get(key);
  if (role) return { role };
  const trailing = /^(.+?)\s*(\d{1,3})$/u.exec(key);
  const leading = /^(\d{1,3})\.?\s*(.+)$/u.exec(key);
  const [word, digits] = trailing ? [trailing[1], trailing[2]] : leading ? [leading[2], leading[1]] : [];
  const numberedRole = word ? labels.get(word.trim()) : undefined;
  return numberedRole ? { role: numberedRole, number: Number(digits) } : undefined;
}

/** True for the word "error" in any language (`Error`, `Erreur`, `エラー`), e.g. a cell's label line. */
export function isErrorWord(text: string): boolean {
  return ERROR_WORDS.has(normalizeLabel(text));
}

/** The "error" words of every language, for patterns like `Erreur 34506.` (longest first). */
export function errorWords(): string[] {
  return [...ERROR_WORDS].sort((a, b) => b.length - a.length);
}

/** True when a cell or label says there is nothing (`None`, `N/A`, `Ingen`). */
export function isNoneText(text: string): boolean {
  return NONE_WORDS.has(normalizeLabel(text));
}

/** True for headings of sections that only point elsewhere (`Next steps`, `Need help? Contact support`). */
export function isNavigationHeading(title: string): boolean {
  const key = normalizeLabel(title);
  return NAVIGATION.some((entry) => key === entry || key.startsWith(`${entry} `) || key.includes(entry));
}

interface FailureMatcher {
  words: Set<string>;
  stems: string[];
  phrases: string[];
  cjk: string[];
  /** One expression for all stems, tested once per word. */
  stem?: RegExp;
}

/** True for a failure word that is only the word "error" (`error*`, `fel`, `エラー`): a heading naming errors. */
function isErrorEntry(entry: string): boolean {
  const word = entry.replace(/\*$/, "").toLowerCase();
  return [...ERROR_WORDS].some((error) => {
    const stem = CJK.test(error) ? error : error.slice(0, 4);
    return word.startsWith(stem) || error.startsWith(word);
  });
}

function buildFailureMatcher(withErrorWords: boolean): FailureMatcher {
  const matcher: FailureMatcher = { words: new Set(), stems: [], phrases: [], cjk: [] };
  for (const entry of VOCABULARIES.flatMap((v) => v.failure)) {
    if (!withErrorWords && isErrorEntry(entry)) continue;
    const word = entry.normalize("NFKC").toLowerCase().replace(/’/g, "'");
    if (CJK.test(word)) matcher.cjk.push(word);
    else if (word.endsWith("*")) matcher.stems.push(word.slice(0, -1));
    else if (/\s/.test(word)) matcher.phrases.push(` ${word} `);
    else matcher.words.add(word);
  }
  const stems = matcher.stems.map((stem) => stem.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  matcher.stem = new RegExp(`^(?:${stems.join("|")})`, "u");
  return matcher;
}

const FAILURE = buildFailureMatcher(true);
const FAILURE_NOT_ERROR = buildFailureMatcher(false);

/**
 * True when a heading names a failure ("Backups fail", "Disks appear offline", "マウントが失敗する"). With
 * `errorWordCounts` false, the word "error" alone does not count: reference pages name errors without any failing.
 */
export function namesFailure(title: string, errorWordCounts = true): boolean {
  const cache = errorWordCounts ? FAILURE_CACHE : FAILURE_NOT_ERROR_CACHE;
  let answer = cache.get(title);
  if (answer === undefined) {
    answer = matchFailure(title, errorWordCounts ? FAILURE : FAILURE_NOT_ERROR);
    // Headings repeat within a document; the cache is emptied when large so memory stays bounded.
    if (cache.size > 10_000) cache.clear();
    cache.set(title, answer);
  }
  return answer;
}

const FAILURE_CACHE = new Map<string, boolean>();
const FAILURE_NOT_ERROR_CACHE = new Map<string, boolean>();

function matchFailure(title: string, matcher: FailureMatcher): boolean {
  const text = title.normalize("NFKC").toLowerCase().replace(/’/g, "'");
  if (matcher.cjk.some((word) => text.includes(word))) return true;
  const words = text.match(/[\p{L}\p{N}']+/gu) ?? [];
  const spaced = ` ${words.join(" ")} `;
  return (
    words.some((word) => matcher.words.has(word) || matcher.stem!.test(word)) ||
    matcher.phrases.some((phrase) => spaced.includes(phrase))
  );
}

function compileJumps(): RegExp[] {
  return VOCABULARIES.flatMap((v) => v.jumpToStep).map((template) => {
    const parts = template.split("{n}").map((part) =>
      part
        .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
        .replace(/ /g, CJK.test(template) ? "\\s*" : "\\s+")
        .replace(/'/g, "['’]"),
    );
    return new RegExp(parts.join("(\\d+)"), "iu");
  });
}

const JUMPS = compileJumps();

/** Where a "go (directly) to step N" phrase in any language is in `text`, and N. */
export function findJumpToStep(text: string): { index: number; length: number; target: number } | undefined {
  let best: { index: number; length: number; target: number } | undefined;
  for (const pattern of JUMPS) {
    const match = pattern.exec(text);
    if (
      match &&
      (!best || match.index < best.index || (match.index === best.index && match[0].length > best.length))
    )
      best = { index: match.index, length: match[0].length, target: Number(match[1]) };
  }
  return best;
}

const IF_FOUND = VOCABULARIES.flatMap((v) => v.ifFound.map((phrase) => phrase.toLowerCase()));

/** True when a condition says the step found what it looked for ("If you find it", "Om du hittar den"). */
export function saysFound(condition: string): boolean {
  const text = condition.toLowerCase();
  return IF_FOUND.some((phrase) => text.startsWith(phrase));
}

/** The vocabulary of a language (`sv`, `pt` for `pt-br`, `zh-hans` for `zh-cn`), if there is one. */
export function findVocabulary(language: string): Vocabulary | undefined {
  return VOCABULARIES.find((v) => v.language === language);
}

/** The texts the importer writes in a language: its own, else English. */
export function phrasesFor(language: string): Vocabulary["phrases"] {
  return (findVocabulary(language) ?? en).phrases;
}
