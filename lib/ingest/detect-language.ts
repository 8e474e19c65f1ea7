// The language of a document: from `--locale`, else its front matter (`ms.contentlocale`, `ms.locale`, `lang`),
// any BCP-47 tag; and the portal locale it is written to.
import { LocaleSchema, type Locale } from "../schema/entities";

const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;

/** A BCP-47 tag in lower case (`sv-SE` → `sv-se`, `zh_Hans` → `zh-hans`); undefined when it is not one. */
export function normalizeLanguageTag(tag: string | undefined): string | undefined {
  const cleaned = tag?.trim().replace(/_/g, "-").toLowerCase();
  return cleaned && cleaned.length <= 35 && LANGUAGE_TAG.test(cleaned) ? cleaned : undefined;
}

/**
 * The language a tag names, as vocabularies are keyed: the primary subtag, except Chinese, which is keyed by
 * script (`zh-cn`, `zh-sg` → `zh-hans`; `zh-tw`, `zh-hk`, `zh-mo` → `zh-hant`) and Norwegian (`no` → `nb`).
 */
export function languageOf(tag: string): string {
  const [language = "", ...rest] = tag.split("-");
  if (language === "zh") {
    if (rest.includes("hant") || rest.some((part) => ["tw", "hk", "mo"].includes(part))) return "zh-hant";
    return "zh-hans";
  }
  if (language === "no" || language === "nn") return "nb";
  return language;
}

/**
 * The portal locale for a document's language: the language itself (`fr-fr` → `fr`, `zh-hant` for Chinese)
 * when the portal serves it, else `en`. Returns whether it fell back, so the caller can say so.
 */
export function toPortalLocale(tag: string): { locale: Locale; fellBack: boolean } {
  const language = languageOf(tag);
  for (const candidate of [language, tag]) {
    const parsed = LocaleSchema.safeParse(candidate);
    if (parsed.success) return { locale: parsed.data, fellBack: false };
  }
  return { locale: "en", fellBack: true };
}
