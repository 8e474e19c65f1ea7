// GET /api/v1/articles?locale= : every article (id, locale, title, description, product, updated, url).
import type { NextRequest } from "next/server";
import { getCatalog, listLocales } from "@/lib/content/source.server";
import { toArticleListItem } from "@/lib/api/api-shapes";
import { readLocaleParam } from "@/lib/api/api-query";
import { refuseWrites, sendError, sendJson, sendPreflight } from "@/lib/api/api-response";

export async function GET(request: NextRequest) {
  const offered = await listLocales();
  const locale = readLocaleParam(request.nextUrl.searchParams, offered);
  if (!locale.ok) return sendError(400, locale.message);
  const articles = (await getCatalog()).articles.filter((a) => !locale.locale || a.locale === locale.locale);
  return sendJson(request, { articles: articles.map(toArticleListItem) });
}

export const OPTIONS = sendPreflight;
export const { POST, PUT, PATCH, DELETE } = refuseWrites();
