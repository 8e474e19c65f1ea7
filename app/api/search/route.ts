// GET /api/search?q=&locale=&limit=&product=&context= : the search engine as JSON (CORS-open for wikis and tools).
import { type NextRequest } from "next/server";
import { isServedLocale } from "@/lib/content/source.server";
import { readLimitParam, readProductParam } from "@/lib/api/api-query";
import { searchContent } from "@/lib/site/search-service.server";
import { MAX_RESULT_LIMIT, DEFAULT_RESULT_LIMIT } from "@/lib/search/ranking";
import { recordSearch } from "@/lib/feedback/feedback-service.server";

const HEADERS = { "Access-Control-Allow-Origin": "*", "Cache-Control": "public, max-age=60" };

export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const requested = params.get("locale");
  const locale = requested !== null && (await isServedLocale(requested)) ? requested : undefined;
  const product = readProductParam(params, "product");
  const context = readProductParam(params, "context");
  if (!product.ok || !context.ok) {
    const message = !product.ok ? product.message : !context.ok ? context.message : "";
    return Response.json({ error: { status: 400, message } }, { status: 400, headers: HEADERS });
  }
  const response = await searchContent(params.get("q") ?? "", {
    ...(locale ? { locale } : {}),
    limit: readLimitParam(params, DEFAULT_RESULT_LIMIT, MAX_RESULT_LIMIT),
    ...(product.product ? { product: product.product } : {}),
    ...(context.product ? { contextProduct: context.product } : {}),
  });
  // `instant=1`: an as-you-type request of the portal's own search box; the box reports the search once it
  // settles (POST /api/v1/searches), so every keystroke does not count as a search.
  if (params.get("instant") !== "1") recordSearch(response, locale ?? "", "api");
  return Response.json(response, { headers: HEADERS });
}
