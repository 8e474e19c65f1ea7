/**
 * The one form a locale takes in URLs and folder names: a BCP-47 language tag in lower case, e.g. `en`, `sv`,
 * `pt-br`, `zh-hans`. Which locales exist is data (the folders of `content/`), never a list in code.
 * Kept free of Zod so browser code can import it without the schema library.
 */

/**
 * A locale in URL form: language (2–3 letters), then optionally a script (4 letters), a region (2 letters
 * or 3 digits) and variants (5–8 letters and digits, or a digit and 3 more), all lower case and joined by
 * hyphens. Examples: `en`, `ja`, `pt-br`, `zh-hans`, `zh-hant-tw`, `es-419`, `de-ch-1996`, `ca-valencia`.
 * Not accepted: upper case (`EN`, `pt-BR`: use `normalizeLocaleTag`), underscores (`pt_BR`), extensions and
 * private use (`en-u-ca-buddhist`, `x-klingon`), and anything that could be a path (`..`, `en/..`).
 */
export const LOCALE_PATTERN = new RegExp(
  "^[a-z]{2,3}(?:-[a-z]{4})?(?:-(?:[a-z]{2}|[0-9]{3}))?(?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*$",
);

/** The same form without anchors, to match a locale inside a larger pattern (a URL path). */
export const LOCALE_SUBPATTERN = LOCALE_PATTERN.source.slice(1, -1);

/** Longest locale accepted (RFC 5646 §4.4.1 asks implementations to handle at least 35 characters). */
export const MAX_LOCALE_LENGTH = 35;

/** What a valid locale looks like, for error messages. */
export const LOCALE_FORM_HINT = "a lower-case BCP-47 language tag such as `en`, `sv`, `pt-br` or `zh-hans`";

/** True for a string in the URL form above (says nothing about whether the portal serves it). */
export function isLocaleTag(value: unknown): value is string {
  return typeof value === "string" && value.length <= MAX_LOCALE_LENGTH && LOCALE_PATTERN.test(value);
}

/**
 * A language tag as people write it (`pt-BR`, `sv_SE`, `zh-Hans`, ` EN `) in URL form (`pt-br`, `sv-se`,
 * `zh-hans`, `en`), or undefined when it is not a tag of that form. Only case, separators and surrounding
 * space change; `lib/i18n/locale-info.ts` decides when a region may be dropped.
 */
export function normalizeLocaleTag(value: string): string | undefined {
  const tag = value.trim().replace(/_/g, "-").toLowerCase();
  return isLocaleTag(tag) ? tag : undefined;
}
