// GET /api/search?q=&locale=&limit= : the search engine as JSON (CORS-open for wikis and tools).
import { type NextRequest } from "next/server";
import { isServedLocale } from "@/lib/content/source.server";
import { searchContent } from "@/lib/site/search-service.server";
import { MAX_RESULT_LIMIT, DEFAULT_RESULT_LIMIT } from "@/lib/search/ranking";
import { recordSearch } from "@/lib/feedback/feedback-service.server";

export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const requested = params.get("locale");
  const locale = requested !== null && (await isServedLocale(requested)) ? requested : undefined;
  const limitParam = Number.parseInt(params.get("limit") ?? "", 10);
  const limit = Number.isFinite(limitParam)
    ? Math.min(Math.max(limitParam, 1), MAX_RESULT_LIMIT)
    : DEFAULT_RESULT_LIMIT;
  const response = await searchContent(params.get("q") ?? "", {
    ...(locale ? { locale } : {}),
    limit,
  });
  // `instant=1`: an as-you-type request of the portal's own search box; the box reports the search once it
  // settles (POST /api/v1/searches), so every keystroke does not count as a search.
  if (params.get("instant") !== "1") recordSearch(response, locale ?? "", "api");
  return Response.json(response, {
    headers: { "Access-Control-Allow-Origin": "*", "Cache-Control": "public, max-age=60" },
  });
}
