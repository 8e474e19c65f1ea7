/** Default anchors for headings: lower-case, ASCII-folded, hyphenated (`Säkerhetskopiering misslyckas` → `sakerhetskopiering-misslyckas`). */

/** Letters that Unicode decomposition does not fold to ASCII. */
const EXTRA_FOLDS: Record<string, string> = {
  æ: "ae",
  ø: "o",
  œ: "oe",
  ß: "ss",
  đ: "d",
  ð: "d",
  þ: "th",
  ł: "l",
  ı: "i",
};

export function slugifyHeading(text: string): string {
  return slugifyText(text) || "section";
}

/** The ASCII-folded slug of any text, or `""` when nothing Latin is left (e.g. a Japanese title). */
export function slugifyText(text: string): string {
  const folded = text
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{Mn}/gu, "")
    .replace(/[æøœßđðþłı]/g, (letter) => EXTRA_FOLDS[letter] ?? letter);
  return folded.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
}

/**
 * The anchor of a Markdown heading on its article page: its slug, made unique among the anchors `taken` before it
 * in document order. The one rule the extractor (table of contents, link check) and the renderer share.
 */
export function claimHeadingAnchor(title: string, taken: Set<string>): string {
  return claimUniqueSlug(slugifyHeading(title), taken);
}

/** Makes `slug` unique among `taken` by appending `-1`, `-2`, … (as GitHub does), and records it. */
export function claimUniqueSlug(slug: string, taken: Set<string>): string {
  let unique = slug;
  for (let n = 1; taken.has(unique); n++) unique = `${slug}-${n}`;
  taken.add(unique);
  return unique;
}
