// GET /api/v1/codes/<code>?locale= : the errors that print this code (`0x1FC07`, `130055`, `SalLowDiskSpace`).
import type { NextRequest } from "next/server";
import { getCatalog, listLocales } from "@/lib/content/source.server";
import { findErrorsByCode, MAX_CODE_LENGTH } from "@/lib/site/find-errors-by-code";
import { toErrorListItem } from "@/lib/api/api-shapes";
import { readLocaleParam } from "@/lib/api/api-query";
import { refuseWrites, sendError, sendJson, sendPreflight } from "@/lib/api/api-response";

export async function GET(request: NextRequest, context: RouteContext<"/api/v1/codes/[code]">) {
  const { code } = await context.params;
  const offered = await listLocales();
  const locale = readLocaleParam(request.nextUrl.searchParams, offered);
  if (!locale.ok) return sendError(400, locale.message);
  const errors = (await getCatalog()).errors.filter((e) => !locale.locale || e.locale === locale.locale);
  const found = code.length <= MAX_CODE_LENGTH ? findErrorsByCode(code, errors) : [];
  if (found.length === 0) return sendError(404, "no error prints this code");
  return sendJson(request, { code, errors: found.map(toErrorListItem) });
}

export const OPTIONS = sendPreflight;
export const { POST, PUT, PATCH, DELETE } = refuseWrites();
