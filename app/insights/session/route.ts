// POST /insights/session: sign in to the insights with the admin token, or sign out.
import { handleInsightsSession } from "@/lib/feedback/feedback-handlers.server";

export const POST = handleInsightsSession;
