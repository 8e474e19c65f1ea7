/**
 * Text analysis shared by indexing and querying: Unicode normalisation, case folding, tokenising (Chinese,
 * Japanese and Korean runs as overlapping character pairs), the å/ä/ö fold, a light Swedish/English stemmer
 * and compound splitting against a vocabulary.
 */
import { MIN_COMPOUND_PART_LENGTH } from "./ranking";

/** A word and where it starts in the analysed text. */
export interface Token {
  term: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;
const COMBINING_MARKS = /\p{M}+/gu;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Makes text safe to analyse: NFC (so `a\u0308` equals `ä`), lone surrogates and control characters
 * become spaces. Never throws.
 */
export function sanitizeText(text: string): string {
  // A lone surrogate becomes a space: it is not a letter, and `normalize` on ill-formed text is lossy.
  const wellFormed = text.replace(LONE_SURROGATE, " ");
  return wellFormed.normalize("NFC").replace(/\p{Cc}/gu, " ");
}

// Scripts written without spaces between words (and Hangul, whose words carry particles): a run of them is
// indexed as overlapping character pairs, the usual way to search such text without a dictionary.
const CJK_RUN = /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}]+/gu;
// The blocks those scripts live in (Hangul Jamo, CJK and kana, Hangul syllables, compatibility ideographs,
// half-width katakana): a quick test, so text without them skips the run search.
const MAYBE_CJK = /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f]/;

/** Whether text may hold Chinese, Japanese or Korean characters (a quick test by Unicode block). */
export function mayHoldCjk(text: string): boolean {
  return MAYBE_CJK.test(text);
}

/**
 * Splits a word that holds CJK characters into tokens: each CJK run becomes its overlapping character pairs
 * (a single character stays itself), the other letters and digits around it stay whole (`エラー34506` →
 * `エラ`, `ラー`, `34506`). Offsets are relative to the word.
 */
function splitCjkWord(word: string, push: (term: string, start: number, end: number) => void): void {
  let cursor = 0;
  for (const run of word.matchAll(CJK_RUN)) {
    if (run.index > cursor) push(word.slice(cursor, run.index), cursor, run.index);
    const chars = [...run[0]];
    let offset = run.index;
    if (chars.length === 1) push(chars[0]!, offset, offset + chars[0]!.length);
    for (let i = 0; i + 1 < chars.length; i++) {
      const pair = chars[i]! + chars[i + 1]!;
      push(pair, offset, offset + pair.length);
      offset += chars[i]!.length;
    }
    cursor = run.index + run[0].length;
  }
  if (cursor < word.length) push(word.slice(cursor), cursor, word.length);
}

/**
 * Splits text into lower-case words (Unicode letters and digits) with their offsets in the sanitised text.
 * CJK runs give overlapping pairs, so their tokens may overlap.
 */
export function tokenizeText(text: string): Token[] {
  const clean = sanitizeText(text);
  const tokens: Token[] = [];
  for (const match of clean.matchAll(WORD)) {
    const word = match[0];
    const start = match.index;
    if (!mayHoldCjk(word)) tokens.push({ term: word.toLowerCase(), start, end: start + word.length });
    else
      splitCjkWord(word, (term, from, to) =>
        tokens.push({ term: term.toLowerCase(), start: start + from, end: start + to }),
      );
  }
  return tokens;
}

/** Lower-case words of a text, in order (CJK runs as overlapping character pairs). */
export function analyzeText(text: string): string[] {
  // The same words as `tokenizeText`, without building offsets: indexing calls this for every field.
  const clean = sanitizeText(text);
  const words = clean.match(WORD) ?? [];
  for (let i = 0; i < words.length; i++) words[i] = words[i]!.toLowerCase();
  if (!mayHoldCjk(clean)) return words;
  const terms: string[] = [];
  for (const word of words) {
    if (mayHoldCjk(word)) splitCjkWord(word, (term) => terms.push(term));
    else terms.push(word);
  }
  return terms;
}

/** Removes diacritics (å→a, ä→a, ö→o, é→e): the secondary form typed on keyboards without them. */
export function foldDiacritics(term: string): string {
  return term.normalize("NFD").replace(COMBINING_MARKS, "").normalize("NFC");
}

// Longest first so that `-ningarna` is tried before `-arna`. Light on purpose: it only has to make
// plural and definite forms meet (kopieringar ~ kopiering, credentials ~ credential), not be a full stemmer.
const SUFFIXES = [
  "ernas",
  "arnas",
  "orna",
  "arna",
  "erna",
  "ningen",
  "ingar",
  "ingen",
  "ning",
  "heten",
  "ades",
  "ade",
  "ies",
  "ing",
  "ed",
  "es",
  "ar",
  "er",
  "or",
  "en",
  "et",
  "na",
  "s",
  "a",
  "e",
  "n",
  "t",
];
const MIN_STEM_LENGTH = 4;

function stripSuffix(term: string): string {
  for (const suffix of SUFFIXES) {
    if (term.length - suffix.length >= MIN_STEM_LENGTH && term.endsWith(suffix))
      return term.slice(0, -suffix.length);
  }
  return term;
}

/**
 * A light stem for sv/en: strips up to two common inflection suffixes, keeping at least four letters, so a
 * genitive or linking s meets the bare word too (`lagrings` ~ `lagring` ~ `lagringen`).
 */
export function stemTerm(term: string): string {
  if (/\p{N}/u.test(term)) return term;
  return stripSuffix(stripSuffix(term));
}

/**
 * Splits a word into two to three known words (`krypteringslösenfrasen` → `krypterings lösen frasen`),
 * trying the longest left part first and allowing a dropped linking `s` (`lagringsutrymme` → `lagring utrymme`).
 * `resolve` maps a candidate part to the index word it stands for (itself, or its spelling with å/ä/ö), or
 * undefined when unknown. Returns undefined when no split into known words exists.
 */
export function splitCompound(
  term: string,
  resolve: (word: string) => string | undefined,
  maxParts = 3,
): string[] | undefined {
  const min = MIN_COMPOUND_PART_LENGTH;
  for (let cut = term.length - min; cut >= min; cut--) {
    const left = term.slice(0, cut);
    const head =
      resolve(left) ?? (left.endsWith("s") && left.length > min ? resolve(left.slice(0, -1)) : undefined);
    if (head === undefined) continue;
    const right = resolve(term.slice(cut));
    if (right !== undefined) return [head, right];
    if (maxParts > 2) {
      const rest = splitCompound(term.slice(cut), resolve, maxParts - 1);
      if (rest) return [head, ...rest];
    }
  }
  return undefined;
}

/** Joined forms of two adjacent words as a compound: `valv uppgifter` → `valvuppgifter`, and with a linking s. */
export function joinCompound(left: string, right: string): string[] {
  const joined = left + right;
  return left.endsWith("s") ? [joined] : [joined, `${left}s${right}`];
}
