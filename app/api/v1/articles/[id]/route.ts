// GET /api/v1/articles/<id>?locale= : one article's summary, its error and flow ids and its sections.
import type { NextRequest } from "next/server";
import { getArticle, listLocales } from "@/lib/content/source.server";
import { isEntityId, toArticleResource } from "@/lib/api/api-shapes";
import { localesToTry, readLocaleParam } from "@/lib/api/api-query";
import { refuseWrites, sendError, sendJson, sendPreflight } from "@/lib/api/api-response";

export async function GET(request: NextRequest, context: RouteContext<"/api/v1/articles/[id]">) {
  const { id } = await context.params;
  const offered = await listLocales();
  const locale = readLocaleParam(request.nextUrl.searchParams, offered);
  if (!locale.ok) return sendError(400, locale.message);
  if (isEntityId(id)) {
    for (const candidate of localesToTry(locale.locale, offered)) {
      const article = await getArticle(candidate, id);
      if (article) return sendJson(request, toArticleResource(article));
    }
  }
  return sendError(404, "no article with this id");
}

export const OPTIONS = sendPreflight;
export const { POST, PUT, PATCH, DELETE } = refuseWrites();
