// POST /api/v1/feedback: "did this fix it?" answers and guided-fix steps reached (JSON, or a plain HTML form).
import { handleFeedbackPost } from "@/lib/feedback/feedback-handlers.server";
import { sendError } from "@/lib/api/api-response";

export const POST = handleFeedbackPost;

const postOnly = () => sendError(405, "send answers with POST", { Allow: "POST" });
export const GET = postOnly;
export const PUT = postOnly;
export const PATCH = postOnly;
export const DELETE = postOnly;
