/**
 * What a locale implies, read from the Unicode CLDR data built into the runtime (`Intl`), so any locale works
 * without a table in code: its writing direction, its name in its own language, its Open Graph form, and the
 * URL form of a tag written in front matter (`sv-SE` → `sv`).
 */
import { normalizeLocaleTag } from "../schema/locales";
import type { Locale } from "../schema/entities";

/** `Intl.Locale` for a tag, or undefined when the runtime cannot read it. */
function readIntlLocale(tag: string): Intl.Locale | undefined {
  try {
    return new Intl.Locale(tag);
  } catch {
    return undefined;
  }
}

/** Text direction data: `getTextInfo()` in newer runtimes, the `textInfo` getter in Node 20. */
interface TextInfoSource {
  getTextInfo?: () => { direction?: string };
  textInfo?: { direction?: string };
}

/** `rtl` for locales written right to left (`ar`, `he`, `fa`…), `ltr` otherwise and when unknown. */
export function textDirection(locale: Locale): "ltr" | "rtl" {
  const intl = readIntlLocale(locale) as (Intl.Locale & TextInfoSource) | undefined;
  const info = intl?.getTextInfo?.() ?? intl?.textInfo;
  return info?.direction === "rtl" ? "rtl" : "ltr";
}

/** The language and its most likely region, e.g. `sv` → `{ language: "sv", region: "SE" }`, `es-419` → `419`. */
export function likelyLanguageAndRegion(locale: Locale): { language: string; region?: string } {
  const maximized = readIntlLocale(locale)?.maximize();
  if (!maximized) return { language: locale.split("-")[0] ?? locale };
  return { language: maximized.language, ...(maximized.region ? { region: maximized.region } : {}) };
}

/** Open Graph's `language_TERRITORY` form: `sv` → `sv_SE`, `en` → `en_US`, `pt-br` → `pt_BR`, `ja` → `ja_JP`. */
export function openGraphLocale(locale: Locale): string {
  const { language, region } = likelyLanguageAndRegion(locale);
  return region ? `${language}_${region}` : language;
}

/**
 * The locale's name in its own language, capitalised as a list item: `de` → `Deutsch`, `ja` → `日本語`,
 * `sv` → `Svenska`, `pt-br` → `Português (Brasil)`. The tag itself when the runtime has no name for it.
 */
export function languageAutonym(locale: Locale): string {
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([locale], { type: "language", fallback: "none" }).of(locale);
  } catch {
    name = undefined;
  }
  if (!name) return locale;
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

/**
 * The URL form of a language tag found in a source document (`ms.contentlocale: sv-SE`, `--locale fr-FR`).
 * A region is dropped when it is where the language is most likely used (`sv-SE` → `sv`, `fr-fr` → `fr`,
 * `ja-JP` → `ja`, `pt-BR` → `pt`, `zh-CN` → `zh`) and kept when it says more (`en-GB` → `en-gb`,
 * `pt-PT` → `pt-pt`, `es-419` → `es-419`). A script is kept when the tag names it (`zh-Hans` → `zh-hans`,
 * `sr-Latn` → `sr-latn`) or when the region implies another script than the language's usual one
 * (`zh-TW` → `zh-hant`, `zh-HK` → `zh-hant-hk`), since one language in two scripts is two audiences.
 * Undefined for anything that is not a language tag.
 */
export function localeFromLanguageTag(tag: string): Locale | undefined {
  const normalized = normalizeLocaleTag(tag);
  const intl = normalized === undefined ? undefined : readIntlLocale(normalized);
  if (!normalized || !intl) return undefined;
  const usualScript = readIntlLocale(intl.language)?.maximize().script;
  const impliedScript = intl.maximize().script;
  const script = intl.script ?? (impliedScript !== usualScript ? impliedScript : undefined);
  const base = [intl.language, script].filter(Boolean).join("-");
  const region =
    intl.region && readIntlLocale(base)?.maximize().region !== intl.region ? intl.region : undefined;
  const variants = normalized.split("-").slice(1 + (intl.script ? 1 : 0) + (intl.region ? 1 : 0));
  return [base, region, ...variants].filter(Boolean).join("-").toLowerCase();
}
