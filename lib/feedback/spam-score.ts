/**
 * Spam scoring of comments by shape, not by vocabulary, so it works in any language: links only, an
 * e-mail address only, one word, no letters, markup, shouting, stuttering. A comment scoring at least
 * `SPAM_SCORE_THRESHOLD` is stored but kept out of reports.
 */

/** Comments scoring this or more are left out of the insights. */
export const SPAM_SCORE_THRESHOLD = 0.5;

const URL_PATTERN = /\b(?:https?:\/\/|www\.)\S+/giu;
const EMAIL_PATTERN = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
const MARKUP_PATTERN = /<\/?[a-z][^>]*>|\[(?:url|link|img)\b/iu;
const LETTER_PATTERN = /\p{L}/u;
/** The same character six times or more in a row: `!!!!!!`, `aaaaaa`. */
const STUTTER_PATTERN = /(.)\1{5,}/u;

/** How much each sign adds to the score (the score is capped at 1). */
export const SPAM_WEIGHTS = {
  /** Nothing but links. */
  linksOnly: 0.9,
  /** Nothing but an e-mail address. */
  emailOnly: 0.9,
  /** No letters at all (digits, punctuation, emoji). */
  noLetters: 0.7,
  /** A single word says nothing a No did not already say. */
  oneWord: 0.6,
  /** Each link in a comment that also has words. */
  perLink: 0.25,
  /** HTML tags or BBCode. */
  markup: 0.5,
  /** One word making up more than half of four or more. */
  repeatedWord: 0.5,
  /** A character repeated six times or more. */
  stutter: 0.3,
  /** At least 80 % capitals among ten or more letters. */
  shouting: 0.2,
} as const;

export interface SpamScore {
  /** 0 (fine) to 1 (certainly spam). */
  score: number;
  /** Names of the signs found, e.g. `["linksOnly"]`. */
  reasons: Array<keyof typeof SPAM_WEIGHTS>;
}

const segmenter = new Intl.Segmenter(undefined, { granularity: "word" });

/** Words as a reader would count them, also in scripts without spaces (Japanese, Chinese, Thai). */
function wordsOf(text: string): string[] {
  return [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment.toLocaleLowerCase());
}

export function scoreSpam(comment: string): SpamScore {
  const text = comment.normalize("NFC").trim();
  const reasons: SpamScore["reasons"] = [];
  const links = text.match(URL_PATTERN)?.length ?? 0;
  const emails = text.match(EMAIL_PATTERN)?.length ?? 0;
  const rest = text.replace(URL_PATTERN, " ").replace(EMAIL_PATTERN, " ");
  const words = wordsOf(rest);
  const hasLetters = LETTER_PATTERN.test(rest);

  if (links > 0 && !hasLetters) reasons.push("linksOnly");
  else if (emails > 0 && !hasLetters) reasons.push("emailOnly");
  else if (!hasLetters) reasons.push("noLetters");
  else if (words.length === 1) reasons.push("oneWord");
  if (hasLetters) for (let i = 0; i < links; i++) reasons.push("perLink");
  if (MARKUP_PATTERN.test(text)) reasons.push("markup");
  if (words.length >= 4 && mostCommonShare(words) > 0.5) reasons.push("repeatedWord");
  if (STUTTER_PATTERN.test(text)) reasons.push("stutter");
  const letters = rest.match(/\p{L}/gu) ?? [];
  const capitals = rest.match(/\p{Lu}/gu) ?? [];
  if (letters.length >= 10 && capitals.length / letters.length >= 0.8) reasons.push("shouting");

  const score = Math.min(
    1,
    reasons.reduce((sum, reason) => sum + SPAM_WEIGHTS[reason], 0),
  );
  return { score: Math.round(score * 100) / 100, reasons: [...new Set(reasons)] };
}

/** Whether a comment with this score is left out of reports. */
export function isSpam(score: number): boolean {
  return score >= SPAM_SCORE_THRESHOLD;
}

function mostCommonShare(words: string[]): number {
  const counts = new Map<string, number>();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  return Math.max(...counts.values()) / words.length;
}
