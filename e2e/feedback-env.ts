// The feedback settings of the test server (playwright.config.ts), shared with the tests that need them.

/** FIXPATH_ADMIN_TOKEN of the test server: the insights are on, behind this token. */
export const E2E_ADMIN_TOKEN = "e2e-insights-token-4b1d";
/** The test server's own database, recreated for every run. */
export const E2E_DATABASE_FILE = ".fixpath/e2e-feedback.db";
/** Answers per client per minute: the suite answers from one address, far more often than a reader. */
export const E2E_FEEDBACK_RATE = "1000";
