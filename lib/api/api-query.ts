/**
 * Query parameters every API endpoint reads the same way: `locale` (optional, one the portal serves), `limit`,
 * and the search's `product` and `context`.
 */
import { normalizeLocaleTag } from "../schema/locales";
import type { Locale } from "../schema/entities";
import { fallbackLocale } from "../i18n/negotiate-locale";
import { DEFAULT_RESULT_LIMIT, MAX_RESULT_LIMIT } from "../search/ranking";
import type { SearchOptions } from "../search/search-types";

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

export type LimitParam = { ok: true; limit: number } | { ok: false; message: string };

/** `limit`: absent or blank is `fallback`; a whole number from 1 to `max` is itself; anything else is refused. */
export function readLimitParam(params: URLSearchParams, fallback: number, max: number): LimitParam {
  const value = params.get("limit")?.trim();
  if (!value) return { ok: true, limit: fallback };
  const limit = /^\d{1,6}$/.test(value) ? Number(value) : NaN;
  if (limit >= 1 && limit <= max) return { ok: true, limit };
  return { ok: false, message: `limit must be a whole number from 1 to ${max}` };
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

export type SearchRequest =
  { ok: true; query: string; options: SearchOptions } | { ok: false; message: string };

/**
 * The parameters of a search (`q`, `locale`, `limit`, `product`, `context`), read the same way by `/api/search`
 * and `/api/v1/search`. One policy: a parameter that is present but not valid is refused (the endpoint answers
 * 400 with the message), never silently clamped or dropped, so a caller learns of its mistake.
 */
export function readSearchRequest(params: URLSearchParams, offered: readonly Locale[]): SearchRequest {
  const locale = readLocaleParam(params, offered);
  if (!locale.ok) return locale;
  const limit = readLimitParam(params, DEFAULT_RESULT_LIMIT, MAX_RESULT_LIMIT);
  if (!limit.ok) return limit;
  const product = readProductParam(params, "product");
  if (!product.ok) return product;
  const context = readProductParam(params, "context");
  if (!context.ok) return context;
  return {
    ok: true,
    query: params.get("q") ?? "",
    options: {
      ...(locale.locale ? { locale: locale.locale } : {}),
      limit: limit.limit,
      ...(product.product ? { product: product.product } : {}),
      ...(context.product ? { contextProduct: context.product } : {}),
    },
  };
}
