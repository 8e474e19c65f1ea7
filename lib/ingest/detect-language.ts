// The language of a document: from `--locale`, else its front matter (`ms.contentlocale`, `ms.locale`, `lang`),
// any BCP-47 tag; and the portal locale it is written to.
import type { Locale } from "../schema/entities";
import { localeFromLanguageTag } from "../i18n/locale-info";

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
 * The portal locale (the folder and URL form) for a document's language, by the one rule of
 * `localeFromLanguageTag`: `fr-FR` → `fr`, `pt-PT` → `pt-pt`, `zh-Hant` and `zh-TW` → `zh-hant`. Any such
 * locale is served once content is in its folder; `en` (with `fellBack`, so the caller says so) only for a
 * tag that has no URL form.
 */
export function toPortalLocale(tag: string): { locale: Locale; fellBack: boolean } {
  const locale = localeFromLanguageTag(tag);
  return locale ? { locale, fellBack: false } : { locale: "en", fellBack: true };
}
