// POST /api/v1/searches: a search the browser answered itself (sent with navigator.sendBeacon), for the gap report.
import { handleSearchReport } from "@/lib/feedback/feedback-handlers.server";
import { sendError } from "@/lib/api/api-response";

export const POST = handleSearchReport;

const postOnly = () => sendError(405, "report searches with POST", { Allow: "POST" });
export const GET = postOnly;
export const PUT = postOnly;
export const PATCH = postOnly;
export const DELETE = postOnly;
