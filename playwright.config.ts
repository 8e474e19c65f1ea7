// End-to-end tests in Debian's Chromium against the production server `npm start` runs (scripts/serve.mjs;
// `npm test` builds every site first): the site as built from content/, and each fixture site of
// e2e/fixture-sites.ts on its own port, walked by the specs in its folder.
import { defineConfig, devices } from "@playwright/test";
import { e2eDatabaseFile, e2eFeedbackEnv } from "./e2e/feedback-env";
import { FIXTURE_SITES, fixtureSiteEnv } from "./e2e/fixture-sites";

const PORT = Number(process.env.FIXPATH_E2E_PORT ?? 3100);
/** `FIXPATH_E2E_SITES=main` runs only the main site's server and tests (no fixture-site builds needed). */
const SITES = process.env.FIXPATH_E2E_SITES === "main" ? [] : FIXTURE_SITES;
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
      testIgnore: FIXTURE_SITES.map((site) => `${site.name}/**`),
      use: { ...chrome, baseURL: `http://127.0.0.1:${PORT}` },
    },
    ...SITES.map((site) => ({
      name: site.name,
      testMatch: `${site.name}/**/*.spec.ts`,
      use: { ...chrome, baseURL: `http://127.0.0.1:${PORT + site.portOffset}` },
    })),
  ],
  webServer: [
    {
      command: `${freshDatabase(e2eDatabaseFile())} && node scripts/serve.mjs -p ${PORT} -H 127.0.0.1`,
      url: `http://127.0.0.1:${PORT}/en`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
      env: {
        ...e2eFeedbackEnv(e2eDatabaseFile()),
        FIXPATH_EMBED_ORIGINS: process.env.FIXPATH_EMBED_ORIGINS ?? "",
      },
    },
    ...SITES.map((site) => ({
      command: `${freshDatabase(e2eDatabaseFile(site.name))} && node scripts/serve.mjs -p ${PORT + site.portOffset} -H 127.0.0.1`,
      url: `http://127.0.0.1:${PORT + site.portOffset}/en`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
      env: {
        ...e2eFeedbackEnv(e2eDatabaseFile(site.name)),
        ...fixtureSiteEnv(site),
        FIXPATH_EMBED_ORIGINS: "",
      },
    })),
  ],
});
