/** A language's name for people: `sv` in English is "Swedish", in Swedish "svenska". Works for any BCP-47 tag. */

/** The name of `locale` in the language `inLocale`, or the tag itself when the runtime does not know it. */
export function describeLanguage(locale: string, inLocale: string): string {
  try {
    return new Intl.DisplayNames([inLocale], { type: "language" }).of(locale) ?? locale;
  } catch {
    return locale;
  }
}
