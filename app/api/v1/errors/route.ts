// GET /api/v1/errors?locale= : every error (id, locale, title, codes, url, article), in catalog order.
import type { NextRequest } from "next/server";
import { getCatalog, listLocales } from "@/lib/content/source.server";
import { toErrorListItem } from "@/lib/api/api-shapes";
import { readLocaleParam } from "@/lib/api/api-query";
import { refuseWrites, sendError, sendJson, sendPreflight } from "@/lib/api/api-response";

export async function GET(request: NextRequest) {
  const offered = await listLocales();
  const locale = readLocaleParam(request.nextUrl.searchParams, offered);
  if (!locale.ok) return sendError(400, locale.message);
  const errors = (await getCatalog()).errors.filter((e) => !locale.locale || e.locale === locale.locale);
  return sendJson(request, { errors: errors.map(toErrorListItem) });
}

export const OPTIONS = sendPreflight;
export const { POST, PUT, PATCH, DELETE } = refuseWrites();
