// GET /api/v1/search?q=&locale=&limit=&product=&context= : the search engine's answer, the same shape as /api/search.
import type { NextRequest } from "next/server";
import { listLocales } from "@/lib/content/source.server";
import { searchContent } from "@/lib/site/search-service.server";
import { DEFAULT_RESULT_LIMIT, MAX_RESULT_LIMIT } from "@/lib/search/ranking";
import { readLimitParam, readLocaleParam, readProductParam } from "@/lib/api/api-query";
import { refuseWrites, sendError, sendJson, sendPreflight } from "@/lib/api/api-response";
import { recordSearch } from "@/lib/feedback/feedback-service.server";

export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const offered = await listLocales();
  const locale = readLocaleParam(params, offered);
  if (!locale.ok) return sendError(400, locale.message);
  const product = readProductParam(params, "product");
  if (!product.ok) return sendError(400, product.message);
  const context = readProductParam(params, "context");
  if (!context.ok) return sendError(400, context.message);
  const response = await searchContent(params.get("q") ?? "", {
    ...(locale.locale ? { locale: locale.locale } : {}),
    limit: readLimitParam(params, DEFAULT_RESULT_LIMIT, MAX_RESULT_LIMIT),
    ...(product.product ? { product: product.product } : {}),
    ...(context.product ? { contextProduct: context.product } : {}),
  });
  recordSearch(response, locale.locale ?? "", "api");
  return sendJson(request, response);
}

export const OPTIONS = sendPreflight;
export const { POST, PUT, PATCH, DELETE } = refuseWrites();
