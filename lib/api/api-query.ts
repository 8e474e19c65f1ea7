/**
 * Query parameters every API endpoint reads the same way: `locale` (optional, `sv` or `en`), `limit`, and the
 * search's `product` and `context`.
 */
import { LOCALES, type Locale } from "../schema/locales";
import { DEFAULT_LOCALE } from "../i18n/negotiate-locale";

export type LocaleParam = { ok: true; locale?: Locale } | { ok: false; message: string };

/** The `locale` parameter: absent is fine (all locales, or the best one for a single entity); unknown is not. */
export function readLocaleParam(params: URLSearchParams): LocaleParam {
  const value = params.get("locale");
  if (value === null || value === "") return { ok: true };
  if ((LOCALES as readonly string[]).includes(value)) return { ok: true, locale: value as Locale };
  return { ok: false, message: `unknown locale: use one of ${LOCALES.join(", ")}` };
}

/** Locales to try, in order, for one entity: the requested one only, else the default first. */
export function localesToTry(locale: Locale | undefined): Locale[] {
  if (locale) return [locale];
  return [DEFAULT_LOCALE, ...LOCALES.filter((l) => l !== DEFAULT_LOCALE)];
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
