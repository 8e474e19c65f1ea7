/**
 * A count in words, in the language's own plural form: `1 article`, `2 articles`; languages without a
 * singular form (Japanese) use one template for every count. Templates hold `{count}`.
 */
import { fillTemplate } from "./fill-template";

export function countWords(locale: string, count: number, forms: { one: string; other: string }): string {
  const form = new Intl.PluralRules(locale).select(count) === "one" ? forms.one : forms.other;
  return fillTemplate(form, { count });
}
