/**
 * Masks what identifies a person, a machine or a place rather than a problem, before anything a reader
 * typed is stored: in searches everything below, in comments the contact details only (a comment's links
 * and paths are often the point of it).
 */

/**
 * Things that identify a person, a machine or a place rather than a problem, replaced by a placeholder in
 * this order (URLs before e-mail addresses, since a URL may contain an `@`).
 */
export const MASKS: Array<[RegExp, string]> = [
  [/\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S+/giu, "‹url›"],
  [/[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu, "‹email›"],
  [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/giu, "‹guid›"],
  [/\b(?:\d{1,3}\.){3}\d{1,3}(?::\d+)?\b/gu, "‹ip›"],
  [/(?<![\p{L}\p{N}:])(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4}(?![\p{L}\p{N}:])/giu, "‹ip›"],
  [/(?:\b[a-z]:\\|\\\\)[^\s"'<>|]*/giu, "‹path›"],
  [/(?<![\p{L}\p{N}])\/(?:home|users|var|etc|opt|srv|tmp|mnt)\/[^\s"'<>|]*/giu, "‹path›"],
];

/** The masks of contact details: e-mail and IP addresses. */
const CONTACT_MASKS = MASKS.filter(([, placeholder]) => placeholder === "‹email›" || placeholder === "‹ip›");

/** `text` with every mask applied, each placeholder padded with spaces so it stays a word of its own. */
export function maskPersonalData(text: string): string {
  return MASKS.reduce((masked, [pattern, placeholder]) => masked.replace(pattern, ` ${placeholder} `), text);
}

/** `text` with e-mail and IP addresses masked and nothing else changed. */
export function maskContactDetails(text: string): string {
  return CONTACT_MASKS.reduce((masked, [pattern, placeholder]) => masked.replace(pattern, placeholder), text);
}
