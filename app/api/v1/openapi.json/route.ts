// GET /api/v1/openapi.json : the OpenAPI 3.1 document of this API (see lib/api/openapi.ts).
import type { NextRequest } from "next/server";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { requestOrigin } from "@/lib/api/request-origin";
import { refuseWrites, sendJson, sendPreflight } from "@/lib/api/api-response";
import { responseOrigin } from "@/lib/site/urls";

export function GET(request: NextRequest) {
  const { origin, variesByHost } = responseOrigin(requestOrigin(request.headers, request.nextUrl));
  return sendJson(request, buildOpenApiDocument(origin), { variesByHost });
}

export const OPTIONS = sendPreflight;
export const { POST, PUT, PATCH, DELETE } = refuseWrites();
