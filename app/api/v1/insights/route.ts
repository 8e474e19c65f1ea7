// GET /api/v1/insights: gaps, failing fixes, flow drop-off and trends for maintainers (FIXPATH_ADMIN_TOKEN).
import { handleInsightsGet } from "@/lib/feedback/feedback-handlers.server";
import { refuseWrites } from "@/lib/api/api-response";

export const GET = handleInsightsGet;
export const { POST, PUT, PATCH, DELETE } = refuseWrites();
