/**
 * Server adapter for routes (uses Next.js): the error or flow a URL names, or Next's 404 for an unknown
 * locale, a malformed id or an unknown entity. Every page and embed view that shows one calls these.
 */
import { notFound } from "next/navigation";
import type { ErrorEntry, Flow } from "../schema/entities";
import { IdSchema } from "../schema/entities";
import { getError, getFlow } from "../content/source.server";
import { isLocale } from "../i18n/negotiate-locale";

type EntityParams = Promise<{ locale: string; id: string }>;

export async function requireError(params: EntityParams): Promise<ErrorEntry> {
  const { locale, id } = await params;
  if (!isLocale(locale) || !IdSchema.safeParse(id).success) notFound();
  return (await getError(locale, id)) ?? notFound();
}

export async function requireFlow(params: EntityParams): Promise<Flow> {
  const { locale, id } = await params;
  if (!isLocale(locale) || !IdSchema.safeParse(id).success) notFound();
  return (await getFlow(locale, id)) ?? notFound();
}
