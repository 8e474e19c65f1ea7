/**
 * The portal's words in every language that has them: one file per language under `./languages/`, English
 * the reference. This table is the only list of languages in code; which locales are *served* is data
 * (the folders of `content/`). A locale without a table of its own, or a key a table lacks, reads English,
 * so no text is ever missing or undefined.
 */
import type { Locale } from "../schema/entities";

export { fillTemplate } from "./fill-template";
import { en } from "./languages/en";
import { sv } from "./languages/sv";
import { de } from "./languages/de";
import { fr } from "./languages/fr";
import { es } from "./languages/es";
import { ja } from "./languages/ja";

/** A table of words shaped like English's, every leaf a string. */
type Words<T> = { readonly [K in keyof T]: T[K] extends string ? string : Words<T[K]> };

/** Every word the portal shows, in one language. English defines the keys. */
export type Translation = Words<typeof en>;

/** The languages with their own words, by locale. */
export const TRANSLATIONS: Readonly<Record<string, Translation>> = { en, sv, de, fr, es, ja };

/** The English table, the fallback for every key. */
export const ENGLISH: Translation = en;

/**
 * The table written for `locale` or the nearest shorter form of it (`pt-br` → `pt`, `zh-hant-tw` → `zh-hant`),
 * with its locale, or undefined when no language of that family has words of its own.
 */
export function findTranslation(locale: Locale): { locale: Locale; words: Translation } | undefined {
  for (let parts = locale.split("-"); parts.length > 0; parts = parts.slice(0, -1)) {
    const candidate = parts.join("-");
    const words = Object.hasOwn(TRANSLATIONS, candidate) ? TRANSLATIONS[candidate] : undefined;
    if (words) return { locale: candidate, words };
  }
  return undefined;
}

/** Completed tables, keyed by the table's own locale (so the cache holds at most one entry per language). */
const completed = new Map<Locale, Translation>();

/** The words for `locale`: its own table (or its language's) with English filling any key it lacks. */
export function getTranslation(locale: Locale): Translation {
  const found = findTranslation(locale);
  if (!found) return ENGLISH;
  let words = completed.get(found.locale);
  if (!words) {
    words = completeFromEnglish(found.words);
    completed.set(found.locale, words);
  }
  return words;
}

/** A table (possibly partial or malformed) with English in every key it lacks or leaves empty; extra keys are dropped. */
export function completeFromEnglish(own: unknown): Translation {
  return fillFrom(ENGLISH, own) as Translation;
}

/** `own` over `reference`, key by key and level by level; only keys the reference has are kept. */
function fillFrom(reference: unknown, own: unknown): unknown {
  if (typeof reference === "string") return typeof own === "string" && own !== "" ? own : reference;
  const ownTable = (own !== null && typeof own === "object" ? own : {}) as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(reference as Record<string, unknown>).map(([key, value]) => [
      key,
      fillFrom(value, Object.hasOwn(ownTable, key) ? ownTable[key] : undefined),
    ]),
  );
}
