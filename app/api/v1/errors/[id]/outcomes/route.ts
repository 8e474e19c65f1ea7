// GET /api/v1/errors/{id}/outcomes: how often each cause fixed the error, once enough readers answered.
import type { NextRequest } from "next/server";
import { handleOutcomesGet } from "@/lib/feedback/feedback-handlers.server";
import { refuseWrites, sendPreflight } from "@/lib/api/api-response";

export async function GET(request: NextRequest, { params }: RouteContext<"/api/v1/errors/[id]/outcomes">) {
  return handleOutcomesGet(request, (await params).id);
}

export const OPTIONS = sendPreflight;
export const { POST, PUT, PATCH, DELETE } = refuseWrites();
