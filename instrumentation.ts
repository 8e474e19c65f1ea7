// Runs once when a Next.js server starts: opens (and migrates) the feedback database and schedules its
// roll-up, so the first reader's answer does not wait for it. A database that is down never stops the server.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startFeedbackService } = await import("./lib/feedback/feedback-service.server");
  void startFeedbackService();
}
