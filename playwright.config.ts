// End-to-end tests in Debian's Chromium against production servers (`npm test` builds both first): the site
// as built from content/, and the four-language fixture site (e2e/multilingual-site.ts) on the next port,
// which the journeys under e2e/multilingual/ walk.
import { defineConfig, devices } from "@playwright/test";
import { multilingualSiteEnv } from "./e2e/multilingual-site";

const PORT = Number(process.env.FIXPATH_E2E_PORT ?? 3100);
const MULTILINGUAL_PORT = PORT + 1;
const chrome = { ...devices["Desktop Chrome"], channel: undefined };

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
      command: `npx next start -p ${PORT} -H 127.0.0.1`,
      url: `http://127.0.0.1:${PORT}/en`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
      env: { FIXPATH_EMBED_ORIGINS: process.env.FIXPATH_EMBED_ORIGINS ?? "" },
    },
    {
      command: `npx next start -p ${MULTILINGUAL_PORT} -H 127.0.0.1`,
      url: `http://127.0.0.1:${MULTILINGUAL_PORT}/en`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
      env: { ...multilingualSiteEnv(), FIXPATH_EMBED_ORIGINS: "" },
    },
  ],
});
