// Any other /api/v1 path: a JSON 404 (not the portal's HTML page), for every method.
import { sendError, sendPreflight } from "@/lib/api/api-response";

const notFound = () => sendError(404, "no such API endpoint: see /api/v1/openapi.json");

export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
export const OPTIONS = sendPreflight;
