// End-to-end tests in Debian's Chromium against the production server (`next build` runs first in `npm test`).
import { defineConfig, devices } from "@playwright/test";
import { E2E_ADMIN_TOKEN, E2E_DATABASE_FILE, E2E_FEEDBACK_RATE } from "./e2e/feedback-env";

const PORT = Number(process.env.FIXPATH_E2E_PORT ?? 3100);

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "off",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    // A fresh feedback database per run, so the tests read only their own answers.
    command: `rm -f ${E2E_DATABASE_FILE} ${E2E_DATABASE_FILE}-wal ${E2E_DATABASE_FILE}-shm && npx next start -p ${PORT} -H 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/en`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    env: {
      FIXPATH_EMBED_ORIGINS: process.env.FIXPATH_EMBED_ORIGINS ?? "",
      DATABASE_URL: `file:${E2E_DATABASE_FILE}`,
      FIXPATH_ADMIN_TOKEN: E2E_ADMIN_TOKEN,
      FIXPATH_FEEDBACK_RATE: E2E_FEEDBACK_RATE,
    },
  },
});
