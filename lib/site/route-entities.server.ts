/**
 * Server adapter for routes (uses Next.js): the locale, error or flow a URL names, or Next's 404 for a locale
 * the portal does not serve (however it is spelt: `EN`, `../`, `<script>`), a malformed id or an unknown
 * entity. Every page and embed view calls these instead of checking on its own.
 */
import { notFound } from "next/navigation";
import type { ErrorEntry, Flow, Locale } from "../schema/entities";
import { IdSchema } from "../schema/entities";
import { getError, getFlow, isServedLocale } from "../content/source.server";

type EntityParams = Promise<{ locale: string; id: string }>;

/** The served locale a route's `[locale]` names, or a 404. */
export async function requireLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!(await isServedLocale(locale))) notFound();
  return locale;
}

export async function requireError(params: EntityParams): Promise<ErrorEntry> {
  const { id } = await params;
  const locale = await requireLocale(params);
  if (!IdSchema.safeParse(id).success) notFound();
  return (await getError(locale, id)) ?? notFound();
}

export async function requireFlow(params: EntityParams): Promise<Flow> {
  const { id } = await params;
  const locale = await requireLocale(params);
  if (!IdSchema.safeParse(id).success) notFound();
  return (await getFlow(locale, id)) ?? notFound();
}
