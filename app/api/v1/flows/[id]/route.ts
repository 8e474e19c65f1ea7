// GET /api/v1/flows/<id>?locale= : an authored flow, or the guided fix derived from the error with that id,
// as nodes and edges.
import type { NextRequest } from "next/server";
import { listLocales } from "@/lib/content/source.server";
import { loadFlowResource } from "@/lib/api/load-flow.server";
import { isEntityId } from "@/lib/api/api-shapes";
import { localesToTry, readLocaleParam } from "@/lib/api/api-query";
import { refuseWrites, sendError, sendJson, sendPreflight } from "@/lib/api/api-response";

export async function GET(request: NextRequest, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params;
  const offered = await listLocales();
  const locale = readLocaleParam(request.nextUrl.searchParams, offered);
  if (!locale.ok) return sendError(400, locale.message);
  if (isEntityId(id)) {
    for (const candidate of localesToTry(locale.locale, offered)) {
      const flow = await loadFlowResource(candidate, id);
      if (flow) return sendJson(request, flow);
    }
  }
  return sendError(404, "no flow or error with this id");
}

export const OPTIONS = sendPreflight;
export const { POST, PUT, PATCH, DELETE } = refuseWrites();
