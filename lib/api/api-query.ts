/**
 * Query parameters every API endpoint reads the same way: `locale` (optional, one the portal serves), `limit`,
 * and the search's `product` and `context`.
 */
import { normalizeLocaleTag } from "../schema/locales";
import type { Locale } from "../schema/entities";
import { fallbackLocale } from "../i18n/negotiate-locale";

export type LocaleParam = { ok: true; locale?: Locale } | { ok: false; message: string };

/**
 * The `locale` parameter among the `offered` (served) locales: absent is fine (all locales, or the best one
 * for a single entity); any case of a served tag is accepted (`pt-BR` is `pt-br`); anything else is refused
 * with the list of served locales, and hostile text is never echoed.
 */
export function readLocaleParam(params: URLSearchParams, offered: readonly Locale[]): LocaleParam {
  const value = params.get("locale");
  if (value === null || value === "") return { ok: true };
  const locale = normalizeLocaleTag(value);
  if (locale !== undefined && offered.includes(locale)) return { ok: true, locale };
  const choices = `use one of ${offered.join(", ") || "(none: the catalog is empty)"}`;
  return {
    ok: false,
    message: locale
      ? `locale "${locale}" is not served: ${choices}`
      : `locale is not a language tag: ${choices}`,
  };
}

/** Locales to try, in order, for one entity: the requested one only, else the default first, then the rest. */
export function localesToTry(locale: Locale | undefined, offered: readonly Locale[]): Locale[] {
  if (locale) return [locale];
  const first = fallbackLocale(offered);
  return [first, ...offered.filter((l) => l !== first)];
}

/** `limit` as a whole number within 1..max, `fallback` when absent or not a number. */
export function readLimitParam(params: URLSearchParams, fallback: number, max: number): number {
  const parsed = Number.parseInt(params.get("limit") ?? "", 10);
  return Number.isFinite(parsed) ? Math.min(Math.max(parsed, 1), max) : fallback;
}

/** Longest product name a `product` or `context` parameter may carry: product names are a few words. */
export const MAX_PRODUCT_PARAM_LENGTH = 200;

export type ProductParam = { ok: true; product?: string } | { ok: false; message: string };

/**
 * A product name parameter (`product`, `context`): absent or blank is none; too long or holding control
 * characters is refused. The value is only ever compared with product names, never executed or echoed as markup.
 */
export function readProductParam(params: URLSearchParams, name: "product" | "context"): ProductParam {
  const value = params.get(name)?.trim();
  if (!value) return { ok: true };
  if (value.length > MAX_PRODUCT_PARAM_LENGTH)
    return { ok: false, message: `${name} is too long: at most ${MAX_PRODUCT_PARAM_LENGTH} characters` };
  if (/\p{Cc}/u.test(value)) return { ok: false, message: `${name} must not hold control characters` };
  return { ok: true, product: value };
}
