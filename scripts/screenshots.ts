/**
 * `npm run screenshots`: pictures of every page type for a review by eye, taken in Debian's Chromium
 * against a running production build (`npm run build && npm run serve`, or any Fixpath address).
 *
 *   FIXPATH_SCREENSHOT_URL=http://127.0.0.1:3000 npm run screenshots [-- name-filter]
 *
 * Each page is taken light, dark, 360 px wide (a phone) and as printed (print media emulated), full page,
 * into `screenshots/` (ignored by git). A few states that only exist after an interaction (the palette
 * with results, a question step, the done and escalation ends) are pages of their own below.
 */
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { chromium, type Browser, type Page } from "@playwright/test";

const BASE_URL = process.env.FIXPATH_SCREENSHOT_URL ?? "http://127.0.0.1:3000";
const OUT_DIR = path.resolve(process.cwd(), "screenshots");

interface Shot {
  /** File name stem, e.g. `error-en`. */
  name: string;
  path: string;
  /** Brings the page into the state to picture, after it has loaded (screen variants only). */
  prepare?: (page: Page) => Promise<void>;
  /** Picture the viewport rather than the whole page (a dialog over the page). */
  viewportOnly?: boolean;
}

interface Variant {
  name: string;
  width: number;
  height: number;
  colorScheme: "light" | "dark";
  media: "screen" | "print";
  isMobile: boolean;
}

const VARIANTS: readonly Variant[] = [
  { name: "light", width: 1280, height: 900, colorScheme: "light", media: "screen", isMobile: false },
  { name: "dark", width: 1280, height: 900, colorScheme: "dark", media: "screen", isMobile: false },
  { name: "phone", width: 360, height: 740, colorScheme: "light", media: "screen", isMobile: true },
  { name: "print", width: 800, height: 1100, colorScheme: "light", media: "print", isMobile: false },
];

const ACTIVATION = "the-activation-did-not-complete-successfully";
/** 34513: three causes with an action each, so a guided fix of three questions. */
const VAULT = "invalid-vault-credentials-provided";

/** Opens the palette with the keyboard and types a query, as a person does. */
async function openPalette(page: Page, query: string): Promise<void> {
  await page.locator("dialog[data-ready]").waitFor({ state: "attached" });
  await page.keyboard.press("Control+k");
  const box = page.getByRole("dialog").getByRole("combobox");
  await box.pressSequentially(query);
  await page.getByRole("dialog").getByRole("option").first().waitFor();
}

const SHOTS: readonly Shot[] = [
  { name: "home-en", path: "/en" },
  { name: "home-sv", path: "/sv" },
  {
    name: "palette-en",
    path: "/en/errors/sallowdiskspace",
    prepare: (page) => openPalette(page, "vault"),
    viewportOnly: true,
  },
  {
    name: "home-long-paste-en",
    path: "/en",
    prepare: (page) =>
      page
        .locator("#home-search")
        .fill(
          `2026-05-04 08:00:00 ERROR CBEngine ${"backup job failed while reading the scratch folder ".repeat(4)}`,
        ),
  },
  { name: "search-en", path: "/en/search?q=vault%20credentials" },
  { name: "search-code-list-en", path: "/en/search?q=403&list=1" },
  {
    name: "search-long-code-en",
    path: "/sv/search?q=SalChecksumStoreInitializationFailed%20SalVhdInitializationError",
  },
  { name: "search-typo-en", path: "/en/search?q=schedueld%20backup" },
  { name: "search-none-sv", path: "/sv/search?q=zzzqqqxxy" },
  { name: "search-empty-en", path: "/en/search" },
  { name: "error-en", path: `/en/errors/${ACTIVATION}` },
  { name: "error-sv", path: "/sv/errors/invalid-vault-credentials-provided" },
  { name: "error-code-only-en", path: "/en/errors/sallowdiskspace" },
  { name: "error-from-search-en", path: "/en/errors/unable-to-download-vault-credential-file?q=403" },
  { name: "fix-start-en", path: `/en/errors/${VAULT}/fix` },
  {
    name: "fix-question-en",
    path: `/en/errors/${VAULT}/fix/check-internet-access?trail=download-new-vault-credentials`,
  },
  {
    name: "fix-done-en",
    path: `/en/errors/${VAULT}/fix/done?trail=download-new-vault-credentials,check-internet-access`,
  },
  // A step page as built and served without JavaScript's help: no trail, Back to the one step leading here.
  { name: "fix-step-page-en", path: `/en/errors/${VAULT}/fix/exclude-agent-folders-from-antivirus` },
  { name: "fix-one-step-en", path: `/en/errors/${ACTIVATION}/fix` },
  {
    name: "fix-escalate-sv",
    path: "/sv/errors/sallowdiskspace/fix/escalate?trail=update-agent-and-fix-scratch-space",
  },
  { name: "flow-restore-sv", path: "/sv/flows/troubleshoot-restore-problems/step-3" },
  { name: "flow-checklist-en", path: "/en/flows/basic-troubleshooting" },
  {
    name: "flow-overview-open-sv",
    path: "/sv/flows/troubleshoot-restore-problems/step-3",
    prepare: (page) => page.getByTestId("flow-overview").locator("summary").click(),
  },
  {
    name: "fix-overview-open-en",
    path: `/en/errors/${VAULT}/fix`,
    prepare: (page) => page.getByTestId("flow-overview").locator("summary").click(),
  },
  {
    name: "error-embed-open-en",
    path: "/en/errors/invalid-vault-credentials-provided",
    prepare: (page) => page.getByTestId("embed-disclosure").locator("summary").click(),
  },
  { name: "article-en", path: "/en/articles/troubleshoot-mars-agent" },
  { name: "product-en", path: "/en/products/azure-backup-mars-agent" },
  { name: "codes-en", path: "/en/codes" },
  { name: "article-sv", path: "/sv/articles/troubleshoot-mars-agent" },
  { name: "api-docs-en", path: "/en/api-docs" },
  { name: "not-found-sv", path: "/sv/errors/does-not-exist" },
  { name: "not-found-global", path: "/xx/nothing-here" },
  { name: "embed-error-en", path: `/embed/en/errors/${ACTIVATION}?causes=2` },
  { name: "embed-error-dark-en", path: `/embed/en/errors/${ACTIVATION}?theme=dark` },
  { name: "embed-fix-sv", path: "/embed/sv/errors/invalid-vault-credentials-provided/fix" },
  { name: "embed-search-en", path: "/embed/en/search?q=scratch" },
  { name: "embed-not-found", path: "/embed/en/errors/does-not-exist" },
];

async function takeShot(browser: Browser, shot: Shot, variant: Variant): Promise<string> {
  const context = await browser.newContext({
    viewport: { width: variant.width, height: variant.height },
    colorScheme: variant.colorScheme,
    isMobile: variant.isMobile,
    hasTouch: variant.isMobile,
  });
  try {
    const page = await context.newPage();
    await page.emulateMedia({ media: variant.media, colorScheme: variant.colorScheme });
    await page.goto(`${BASE_URL}${shot.path}`, { waitUntil: "networkidle" });
    if (shot.prepare && variant.media === "screen") await shot.prepare(page);
    const file = path.join(OUT_DIR, `${shot.name}-${variant.name}.png`);
    await page.screenshot({ path: file, fullPage: !shot.viewportOnly });
    return file;
  } finally {
    await context.close();
  }
}

async function main(filter: string | undefined): Promise<number> {
  const shots = SHOTS.filter((shot) => !filter || shot.name.includes(filter));
  if (!filter) await rm(OUT_DIR, { recursive: true, force: true });
  await mkdir(OUT_DIR, { recursive: true });
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
  let failed = 0;
  try {
    for (const shot of shots) {
      for (const variant of VARIANTS) {
        if (shot.prepare && variant.media === "print") continue; // an interaction has no printout
        try {
          const file = await takeShot(browser, shot, variant);
          process.stdout.write(`${path.relative(process.cwd(), file)}\n`);
        } catch (error) {
          failed++;
          const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
          process.stderr.write(`${shot.name}-${variant.name}: ${reason}\n`);
        }
      }
    }
  } finally {
    await browser.close();
  }
  return failed === 0 ? 0 : 1;
}

main(process.argv[2]).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`screenshots: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
