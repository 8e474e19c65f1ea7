/**
 * Stable ids for causes and actions that the author did not name: derived from their content, never from
 * their position, so re-importing a document, reordering causes or editing a neighbour keeps every other id.
 * Feedback is stored against these ids. The importer and the extractor both derive ids here, and nowhere else.
 * Pure: no Node APIs, so it runs anywhere.
 */
import { slugifyText } from "./slugify-heading";

/** Longest slug part of a derived cause id; a longer title is cut at a word and gets its hash appended. */
export const MAX_CAUSE_SLUG_CHARS = 60;

/** Hex digits of the content hash in derived ids: 24 bits, ample for the few causes and actions of one error. */
const HASH_HEX_DIGITS = 6;

/**
 * The id of a cause from its title: its ASCII slug (`The OnlineBackup.KEK file is missing` →
 * `the-onlinebackup-kek-file-is-missing`). When the slug cannot stand for the title (cut short, or most of the
 * title is in a script that does not fold to Latin, e.g. Japanese), a hash of the whole title is appended, or
 * stands alone as `cause-<hash>`, so different titles still get different ids.
 */
export function deriveCauseId(title: string): string {
  const slug = slugifyText(title);
  const cut = cutAtWord(slug, MAX_CAUSE_SLUG_CHARS);
  const hash = hashContent(title);
  if (cut === "") return `cause-${hash}`;
  const keepsTheTitle = cut === slug && slugLetters(slug) * 2 >= titleLetters(title);
  return keepsTheTitle ? cut : `${cut}-${hash}`;
}

/** The id of an action from the plain text of its steps, e.g. `fix-3f9a2c`. */
export function deriveActionId(stepTexts: readonly string[]): string {
  return `fix-${hashContent(stepTexts.join("\n"))}`;
}

/**
 * Makes `id` unique among `taken` (the ids of the same kind already in the error) and records it. Only two
 * entities with the same content collide; the later one in the document gets `-2`, `-3`…
 */
export function claimEntityId(id: string, taken: Set<string>): string {
  let unique = id;
  for (let n = 2; taken.has(unique); n++) unique = `${id}-${n}`;
  taken.add(unique);
  return unique;
}

/**
 * The ids of one error's causes, in order: the author's where given (reserved first, so a derived id never
 * takes one), otherwise derived from the title. The extractor and the article page's anchors both use this.
 */
export function nameCauseIds(causes: readonly { id: string | undefined; title: string }[]): string[] {
  const taken = new Set(causes.flatMap((cause) => (cause.id ? [cause.id] : [])));
  return causes.map((cause) => cause.id ?? claimEntityId(deriveCauseId(cause.title), taken));
}

/** The ids of one error's actions, in order: the author's where given, otherwise derived from the steps' text. */
export function nameActionIds(
  actions: readonly { id: string | undefined; stepTexts: readonly string[] }[],
): string[] {
  const taken = new Set(actions.flatMap((action) => (action.id ? [action.id] : [])));
  return actions.map((action) => action.id ?? claimEntityId(deriveActionId(action.stepTexts), taken));
}

/**
 * A short hash of text as a reader sees it: Unicode-normalised (NFKC), case-folded and with whitespace
 * collapsed, so re-flowing a paragraph or re-indenting a list does not change an id. FNV-1a over UTF-16 units.
 */
export function hashContent(text: string): string {
  const normalized = text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
  let hash = 0x811c9dc5;
  for (let i = 0; i < normalized.length; i++) {
    hash ^= normalized.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0").slice(0, HASH_HEX_DIGITS);
}

/** The slug cut to at most `max` characters at a hyphen (or hard, for one very long word). */
function cutAtWord(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const atHyphen = slug.lastIndexOf("-", max);
  return (atHyphen > 0 ? slug.slice(0, atHyphen) : slug.slice(0, max)).replace(/-+$/, "");
}

function slugLetters(slug: string): number {
  return slug.replace(/-/g, "").length;
}

function titleLetters(title: string): number {
  return (title.match(/[\p{L}\p{N}]/gu) ?? []).length;
}
