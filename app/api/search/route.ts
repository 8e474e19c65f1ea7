// GET /api/search?q=&locale=&limit= : the search engine as JSON (CORS-open for wikis and tools).
import { type NextRequest } from "next/server";
import { isServedLocale } from "@/lib/content/source.server";
import { searchContent } from "@/lib/site/search-service.server";
import { MAX_RESULT_LIMIT, DEFAULT_RESULT_LIMIT } from "@/lib/search/ranking";

export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const locale = params.get("locale");
  const limitParam = Number.parseInt(params.get("limit") ?? "", 10);
  const limit = Number.isFinite(limitParam)
    ? Math.min(Math.max(limitParam, 1), MAX_RESULT_LIMIT)
    : DEFAULT_RESULT_LIMIT;
  const response = await searchContent(params.get("q") ?? "", {
    ...(locale !== null && (await isServedLocale(locale)) ? { locale } : {}),
    limit,
  });
  return Response.json(response, {
    headers: { "Access-Control-Allow-Origin": "*", "Cache-Control": "public, max-age=60" },
  });
}
