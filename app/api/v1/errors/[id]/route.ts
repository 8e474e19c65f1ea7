// GET /api/v1/errors/<id>?locale= : one error with its message, causes, actions and steps.
import type { NextRequest } from "next/server";
import { getError, listLocales } from "@/lib/content/source.server";
import { isEntityId, toErrorResource } from "@/lib/api/api-shapes";
import { localesToTry, readLocaleParam } from "@/lib/api/api-query";
import { refuseWrites, sendError, sendJson, sendPreflight } from "@/lib/api/api-response";

export async function GET(request: NextRequest, context: RouteContext<"/api/v1/errors/[id]">) {
  const { id } = await context.params;
  const offered = await listLocales();
  const locale = readLocaleParam(request.nextUrl.searchParams, offered);
  if (!locale.ok) return sendError(400, locale.message);
  if (isEntityId(id)) {
    for (const candidate of localesToTry(locale.locale, offered)) {
      const error = await getError(candidate, id);
      if (error) return sendJson(request, toErrorResource(error));
    }
  }
  return sendError(404, "no error with this id");
}

export const OPTIONS = sendPreflight;
export const { POST, PUT, PATCH, DELETE } = refuseWrites();
