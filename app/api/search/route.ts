// GET /api/search?q=&locale=&limit=&product=&context= : the search engine as JSON (CORS-open for wikis and tools).
import { type NextRequest } from "next/server";
import { isServedLocale } from "@/lib/content/source.server";
import { readLimitParam, readProductParam } from "@/lib/api/api-query";
import { searchContent } from "@/lib/site/search-service.server";
import { MAX_RESULT_LIMIT, DEFAULT_RESULT_LIMIT } from "@/lib/search/ranking";

const HEADERS = { "Access-Control-Allow-Origin": "*", "Cache-Control": "public, max-age=60" };

export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const locale = params.get("locale");
  const product = readProductParam(params, "product");
  const context = readProductParam(params, "context");
  if (!product.ok || !context.ok) {
    const message = !product.ok ? product.message : !context.ok ? context.message : "";
    return Response.json({ error: { status: 400, message } }, { status: 400, headers: HEADERS });
  }
  const response = await searchContent(params.get("q") ?? "", {
    ...(locale !== null && (await isServedLocale(locale)) ? { locale } : {}),
    limit: readLimitParam(params, DEFAULT_RESULT_LIMIT, MAX_RESULT_LIMIT),
    ...(product.product ? { product: product.product } : {}),
    ...(context.product ? { contextProduct: context.product } : {}),
  });
  return Response.json(response, { headers: HEADERS });
}
