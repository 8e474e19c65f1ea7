// Guided fixes as static pages: every step is a prerendered page of its own (`/fix/<step>`), served from the
// build with its headers, walked by plain links without JavaScript; with JavaScript the answer trail in the
// URL makes Back, the answers so far and "What fixed it" follow the reader's own walk.
import { expect, test, type Page } from "@playwright/test";
import { inlineScriptHashes, waitForHydration, watchPageProblems } from "./helpers";

/** 34513: three causes in turn, each asking "Did this fix it?", then escalation. */
const VAULT_FIX = "/en/errors/invalid-vault-credentials-provided/fix";
const RESTORE = "/sv/flows/troubleshoot-restore-problems";
/** What scripts/serve.mjs sends with a page it answers from the build (lib/site/static-pages.ts). */
const STATIC_CACHE_CONTROL = "public, max-age=0, must-revalidate";

/** Follows an answer link and waits for the page it opens. */
async function answer(page: Page, label: "yes" | "no" | "next") {
  const link = page.locator(`[data-choice="${label}"]`);
  await expect(link).toBeVisible();
  await link.scrollIntoViewIfNeeded(); // a long step puts its answers below the fold, as a reader scrolls to them
  await expect(link).toBeInViewport();
  const before = page.url();
  await Promise.all([page.waitForURL((url) => url.href !== before), link.click()]);
}

const progress = (page: Page) => page.getByTestId("flow-progress");

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a guided fix walks by links through static step pages to escalation, with Back and Start over", async ({
    page,
  }) => {
    const first = await page.goto(VAULT_FIX);
    expect(first?.headers()["cache-control"]).toBe(STATIC_CACHE_CONTROL);
    await expect(progress(page)).toHaveText("Step 1 of 3");
    await expect(page.getByTestId("flow-back")).toHaveCount(0);

    await answer(page, "no");
    await expect(page).toHaveURL(`${VAULT_FIX}/check-internet-access?trail=download-new-vault-credentials`);
    await expect(progress(page)).toBeInViewport();
    await expect(progress(page)).toHaveText("Step 2 of 3");
    // One step leads here, so the static page links Back to it.
    await page.getByTestId("flow-back").click();
    await expect(page).toHaveURL(VAULT_FIX);
    await expect(progress(page)).toHaveText("Step 1 of 3");

    await answer(page, "no");
    await answer(page, "no");
    await expect(progress(page)).toHaveText("Step 3 of 3");
    await answer(page, "no");
    await expect(page).toHaveURL(
      new RegExp(`${VAULT_FIX}/escalate\\?trail=exclude-agent-folders-from-antivirus$`),
    );
    await expect(page.getByTestId("escalation")).toBeVisible();
    await expect(page.getByTestId("flow-back")).toHaveAttribute(
      "href",
      `${VAULT_FIX}/exclude-agent-folders-from-antivirus`,
    );

    await page.getByTestId("flow-start-over").click();
    await expect(page).toHaveURL(VAULT_FIX);
    await expect(progress(page)).toHaveText("Step 1 of 3");
  });

  test("a guided fix walks to done, where the browser's Back returns (several steps lead there)", async ({
    page,
  }) => {
    await page.goto(VAULT_FIX);
    await answer(page, "no");
    const done = await Promise.all([
      page.waitForResponse((response) => new URL(response.url()).pathname === `${VAULT_FIX}/done`),
      page.locator('[data-choice="yes"]').click(),
    ]);
    expect(done[0].headers()["cache-control"]).toBe(STATIC_CACHE_CONTROL);
    await expect(progress(page)).toHaveText("✓ Problem solved");
    await expect(progress(page)).toBeInViewport();
    await expect(page.getByTestId("flow-back")).toHaveCount(0);
    await expect(page.getByTestId("flow-start-over")).toBeVisible();
    await page.goBack();
    await expect(progress(page)).toHaveText("Step 2 of 3");
  });

  test("an authored procedure's step pages work the same way", async ({ page }) => {
    await page.goto(`${RESTORE}/step-3`);
    await expect(progress(page)).toHaveText("Steg 3 av 9");
    await answer(page, "yes");
    await expect(page).toHaveURL(`${RESTORE}/step-7?trail=step-3`);
    await expect(progress(page)).toHaveText("Steg 7 av 9");
  });
});

test("with JavaScript, Back and the answers follow the trail in the URL", async ({ page }) => {
  const problems = await watchPageProblems(page);
  await page.goto(RESTORE);
  await waitForHydration(page);
  await answer(page, "next");
  await answer(page, "next");
  await answer(page, "yes");
  await expect(page).toHaveURL(`${RESTORE}/step-7?trail=step-1,step-2,step-3`);
  await expect(progress(page)).toHaveText("Steg 7 av 9");
  await waitForHydration(page);
  // Two steps lead to step 7: only the trail says it was step 3, answered Yes.
  await expect(page.getByTestId("flow-trail")).toBeVisible();
  await expect(page.getByTestId("flow-trail")).toContainText("→ Ja →");
  const back = page.getByTestId("flow-back");
  await expect(back).toBeInViewport();
  await back.click();
  await expect(page).toHaveURL(`${RESTORE}/step-3?trail=step-1,step-2`);
  await expect(progress(page)).toHaveText("Steg 3 av 9");
  await waitForHydration(page);
  await expect(page.locator('[data-choice="yes"]')).toHaveAttribute(
    "href",
    `${RESTORE}/step-7?trail=step-1,step-2,step-3`,
  );
  expect(problems).toEqual([]);
});

test("with JavaScript, the done page confirms the step the reader said fixed it", async ({ page }) => {
  await page.goto(`${VAULT_FIX}/done?trail=download-new-vault-credentials,check-internet-access`);
  await waitForHydration(page);
  await expect(page.getByTestId("fixed-by")).toBeVisible();
  await expect(page.getByTestId("fixed-by")).toContainText("What fixed it (step 2)");
  await expect(page.getByTestId("fixed-by")).toHaveCount(1);
});

test("old ?step= links redirect permanently to the step's page, keeping the trail", async ({
  page,
  request,
}) => {
  const old = `${RESTORE}?step=step-7&trail=step-1,step-2,step-3`;
  const response = await request.get(old, { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  // Next.js writes the redirect's commas as %2C; the page reads either.
  expect(response.headers()["location"]).toMatch(
    new RegExp(`${RESTORE}/step-7\\?trail=step-1(,|%2C)step-2(,|%2C)step-3$`),
  );
  const fixResponse = await request.get(`${VAULT_FIX}?step=done`, { maxRedirects: 0 });
  expect(fixResponse.status()).toBe(308);
  expect(fixResponse.headers()["location"]).toMatch(new RegExp(`${VAULT_FIX}/done$`));

  await page.goto(old);
  await expect(page).toHaveURL(new RegExp(`${RESTORE}/step-7\\?trail=step-1(,|%2C)step-2(,|%2C)step-3$`));
  await expect(progress(page)).toHaveText("Steg 7 av 9");
  await waitForHydration(page);
  await expect(page.getByTestId("flow-back")).toHaveAttribute(
    "href",
    `${RESTORE}/step-3?trail=step-1,step-2`,
  );
});

test("a step page is served from the build with a policy of exactly its inline scripts", async ({
  page,
  request,
}) => {
  for (const path of [`${VAULT_FIX}/check-internet-access`, `${RESTORE}/step-7`, `${VAULT_FIX}/escalate`]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["cache-control"], path).toBe(STATIC_CACHE_CONTROL);
    const scriptSrc = (response.headers()["content-security-policy"] ?? "")
      .split(";")
      .map((directive) => directive.trim())
      .find((directive) => directive.startsWith("script-src "));
    const allowed = (scriptSrc ?? "").split(/\s+/).slice(1);
    const html = await response.text();
    expect(allowed.filter((source) => source.startsWith("'sha256-")).sort(), path).toEqual(
      inlineScriptHashes(html),
    );
    expect(
      allowed.filter((source) => !source.startsWith("'sha256-")),
      path,
    ).toEqual(["'self'"]);
  }
  const problems = await watchPageProblems(page);
  await page.goto(`${VAULT_FIX}/check-internet-access?trail=download-new-vault-credentials`);
  await waitForHydration(page);
  await expect(page.getByTestId("flow-trail")).toBeVisible();
  expect(problems).toEqual([]);
});
