// The feedback settings of the test server (playwright.config.ts), shared with the tests that need them.

/** FIXPATH_ADMIN_TOKEN of the test server: the insights are on, behind this token. */
export const E2E_ADMIN_TOKEN = "e2e-insights-token-4b1d";
/** A test server's own database, recreated for every run: the main site's, or a fixture site's by its name. */
export function e2eDatabaseFile(siteName?: string): string {
  return siteName ? `.fixpath/e2e-feedback-${siteName}.db` : ".fixpath/e2e-feedback.db";
}
/** Answers per client per minute: the suite answers from one address, far more often than a reader. */
export const E2E_FEEDBACK_RATE = "1000";

/** The feedback settings of a test server that keeps its answers in `databaseFile`. */
export function e2eFeedbackEnv(databaseFile: string): Record<string, string> {
  return {
    DATABASE_URL: `file:${databaseFile}`,
    FIXPATH_ADMIN_TOKEN: E2E_ADMIN_TOKEN,
    FIXPATH_FEEDBACK_RATE: E2E_FEEDBACK_RATE,
  };
}
