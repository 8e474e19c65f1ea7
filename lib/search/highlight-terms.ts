/**
 * Highlighting and snippets for search results, as plain data: segments `{ text, match }` the UI renders
 * (never HTML strings, so nothing from content or query can inject markup).
 */
import { foldDiacritics, sanitizeText, tokenizeText } from "./analyze-text";
import { SNIPPET_LENGTH } from "./ranking";

/** A run of text, marked when it is a matched word. */
export interface HighlightSegment {
  text: string;
  match: boolean;
}

// Plain ASCII has nothing to fold: most words skip the (costly) Unicode decomposition.
const ASCII = /^[\x00-\x7f]*$/;

function buildMatcher(terms: readonly string[]): (term: string) => boolean {
  const exact = new Set(terms.map((term) => sanitizeText(term).toLowerCase()));
  const folded = new Set([...exact].map(foldDiacritics));
  return (term) => exact.has(term) || folded.has(ASCII.test(term) ? term : foldDiacritics(term));
}

/**
 * Splits text into segments, marking words equal to one of `terms` (case-insensitive, also without å/ä/ö).
 * The segments join back to the text (after NFC normalisation and control characters turned to spaces).
 */
export function highlightTerms(text: string, terms: readonly string[]): HighlightSegment[] {
  const clean = sanitizeText(text);
  const isMatch = buildMatcher(terms);
  const segments: HighlightSegment[] = [];
  let cursor = 0;
  for (const token of tokenizeText(clean)) {
    if (!isMatch(token.term) || token.end <= cursor) continue;
    const last = segments.at(-1);
    if (token.start < cursor && last?.match) {
      // Overlapping character pairs of a CJK run: the match grows by the pair's new part.
      last.text += clean.slice(cursor, token.end);
    } else {
      if (token.start > cursor) segments.push({ text: clean.slice(cursor, token.start), match: false });
      segments.push({ text: clean.slice(Math.max(cursor, token.start), token.end), match: true });
    }
    cursor = token.end;
  }
  if (cursor < clean.length) segments.push({ text: clean.slice(cursor), match: false });
  return segments;
}

/** About `SNIPPET_LENGTH` characters of text around the first matched word, with ellipses where cut. */
export function buildSnippet(text: string, terms: readonly string[], length = SNIPPET_LENGTH): string {
  const clean = sanitizeText(text).replace(/\s+/g, " ").trim();
  if (clean.length <= length) return clean;
  const isMatch = buildMatcher(terms);
  const first = tokenizeText(clean).find((token) => isMatch(token.term));
  const start = first
    ? Math.max(0, Math.min(first.start - Math.floor(length / 3), clean.length - length))
    : 0;
  const wordStart = start === 0 ? 0 : clean.indexOf(" ", start) + 1 || start;
  const cut = clean.slice(wordStart, wordStart + length);
  const end = wordStart + length < clean.length ? cut.lastIndexOf(" ") : -1;
  const body = end > length / 2 ? cut.slice(0, end) : cut;
  return `${wordStart > 0 ? "…" : ""}${body}${wordStart + body.length < clean.length ? "…" : ""}`;
}
