// GET /api/v1/openapi.json : the OpenAPI 3.1 document of this API (see lib/api/openapi.ts).
import type { NextRequest } from "next/server";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { requestOrigin } from "@/lib/api/request-origin";
import { refuseWrites, sendJson, sendPreflight } from "@/lib/api/api-response";

export function GET(request: NextRequest) {
  return sendJson(request, buildOpenApiDocument(requestOrigin(request.headers, request.nextUrl)));
}

export const OPTIONS = sendPreflight;
export const { POST, PUT, PATCH, DELETE } = refuseWrites();
