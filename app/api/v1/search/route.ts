// GET /api/v1/search?q=&locale=&limit=&product=&context= : the search engine's answer, the same shape as /api/search.
import type { NextRequest } from "next/server";
import { listLocales } from "@/lib/content/source.server";
import { searchContent } from "@/lib/site/search-service.server";
import { readSearchRequest } from "@/lib/api/api-query";
import { refuseWrites, sendError, sendJson, sendPreflight } from "@/lib/api/api-response";
import { recordSearch } from "@/lib/feedback/feedback-service.server";

export async function GET(request: NextRequest) {
  const read = readSearchRequest(request.nextUrl.searchParams, await listLocales());
  if (!read.ok) return sendError(400, read.message);
  const response = await searchContent(read.query, read.options);
  recordSearch(response, read.options.locale ?? "", "api");
  return sendJson(request, response);
}

export const OPTIONS = sendPreflight;
export const { POST, PUT, PATCH, DELETE } = refuseWrites();
