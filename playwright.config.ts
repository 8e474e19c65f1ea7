// End-to-end tests in Debian's Chromium against production servers (`npm test` builds both first): the site
// as built from content/, and the four-language fixture site (e2e/multilingual-site.ts) on the next port,
// which the journeys under e2e/multilingual/ walk.
import { defineConfig, devices } from "@playwright/test";
import { e2eFeedbackEnv, E2E_DATABASE_FILE, E2E_MULTILINGUAL_DATABASE_FILE } from "./e2e/feedback-env";
import { multilingualSiteEnv } from "./e2e/multilingual-site";

const PORT = Number(process.env.FIXPATH_E2E_PORT ?? 3100);
const MULTILINGUAL_PORT = PORT + 1;
const chrome = { ...devices["Desktop Chrome"], channel: undefined };

/** Removes a server's feedback database before it starts, so each run's tests read only their own answers. */
const freshDatabase = (file: string) => `rm -f ${file} ${file}-wal ${file}-shm`;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
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
  projects: [
    {
      name: "chromium",
      testIgnore: "multilingual/**",
      use: { ...chrome, baseURL: `http://127.0.0.1:${PORT}` },
    },
    {
      name: "multilingual",
      testMatch: "multilingual/**/*.spec.ts",
      use: { ...chrome, baseURL: `http://127.0.0.1:${MULTILINGUAL_PORT}` },
    },
  ],
  webServer: [
    {
      command: `${freshDatabase(E2E_DATABASE_FILE)} && npx next start -p ${PORT} -H 127.0.0.1`,
      url: `http://127.0.0.1:${PORT}/en`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
      env: {
        ...e2eFeedbackEnv(E2E_DATABASE_FILE),
        FIXPATH_EMBED_ORIGINS: process.env.FIXPATH_EMBED_ORIGINS ?? "",
      },
    },
    {
      command: `${freshDatabase(E2E_MULTILINGUAL_DATABASE_FILE)} && npx next start -p ${MULTILINGUAL_PORT} -H 127.0.0.1`,
      url: `http://127.0.0.1:${MULTILINGUAL_PORT}/en`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
      env: {
        ...e2eFeedbackEnv(E2E_MULTILINGUAL_DATABASE_FILE),
        ...multilingualSiteEnv(),
        FIXPATH_EMBED_ORIGINS: "",
      },
    },
  ],
});
