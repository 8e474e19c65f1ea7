// Guided fixes as a customer follows them: one step at a time, the position in the URL, the flowchart in sync.
import AxeBuilder from "@axe-core/playwright";
import { waitForHydration } from "./helpers";
import { expect, test, type Page } from "@playwright/test";

/** Takes an answer and waits until the next step is shown (navigation is client-side). */
async function choose(page: Page, label: "yes" | "no" | "next") {
  const position = page.locator("[data-position]");
  const before = await position.getAttribute("data-position");
  await page.locator(`[data-choice="${label}"]`).click();
  await expect(position).not.toHaveAttribute("data-position", before ?? "");
}

const ACTIVATION = "/en/errors/the-activation-did-not-complete-successfully";
const RESTORE = "/sv/flows/troubleshoot-restore-problems";

test("the restore procedure jumps from step 3 to step 7 on Yes", async ({ page }) => {
  await page.goto(RESTORE);
  await choose(page, "next");
  await choose(page, "next");
  await expect(page.getByTestId("flow-progress")).toHaveText("Steg 3 av 9");
  await expect(page.getByText("Microsoft iSCSI Initiator").first()).toBeVisible();
  await choose(page, "yes");
  await expect(page.getByTestId("flow-progress")).toHaveText("Steg 7 av 9");
  await expect(page).toHaveURL(/step=step-7&trail=step-1,step-2,step-3$/);
});

test("a copied step link opens at that step in a new page", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${RESTORE}?step=step-5`);
  const link = page.url();
  const other = await context.newPage();
  await other.goto(link);
  await expect(other.getByTestId("flow-progress")).toHaveText("Steg 5 av 9");
  await context.close();
});

test("clicking a flowchart node lands on its step, highlighted", async ({ page }) => {
  await page.goto(RESTORE);
  await page.locator('svg a[data-node="step-6"]').click();
  await expect(page.getByTestId("flow-progress")).toHaveText("Steg 6 av 9");
  await expect(page.locator('svg a[data-node="step-6"]')).toHaveAttribute("aria-current", "step");
});

test("the whole journey works with the keyboard alone", async ({ page }) => {
  await page.goto(RESTORE);
  await waitForHydration(page);
  const next = page.locator('[data-choice="next"]');
  for (let step = 1; step <= 2; step++) {
    await next.focus();
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("flow-progress")).toHaveText(`Steg ${step + 1} av 9`);
  }
  // After a step change focus moves to the step heading; Tab goes on to the answers.
  await expect(page.getByTestId("flow-progress")).toBeFocused();
  await page.keyboard.press("Tab");
  for (
    let i = 0;
    i < 10 && (await page.evaluate(() => document.activeElement?.getAttribute("data-choice"))) !== "yes";
    i++
  ) {
    await page.keyboard.press("Tab");
  }
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("flow-progress")).toHaveText("Steg 7 av 9");
});

test("an unknown or hostile step falls back to the first step with a notice", async ({ page }) => {
  await page.goto(`${RESTORE}?step=%3Cscript%3Ealert(1)%3C%2Fscript%3E`);
  await expect(page.getByTestId("flow-progress")).toHaveText("Steg 1 av 9");
  await expect(page.getByRole("status")).toBeVisible();
  expect(await page.content()).not.toContain("<script>alert(1)</script>");
});

test("the guided view and its diagram have no axe violations", async ({ page }) => {
  test.setTimeout(180_000);
  for (const path of [
    `${RESTORE}?step=step-3`,
    `${ACTIVATION}/fix?step=upgrade-agent-and-fix-scratch-folder`,
  ]) {
    await page.goto(path);
    const { violations } = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"])
      .analyze();
    expect(violations.map((v) => `${path}: ${v.id}`)).toEqual([]);
  }
});

test("the flow JSON API lists nodes and edges", async ({ request }) => {
  const response = await request.get("/api/flows/troubleshoot-restore-problems?locale=sv");
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(JSON.stringify(body)).toContain("step-7");
});

test("a flow page names its other-language twin", async ({ page }) => {
  await page.goto(RESTORE);
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
    "href",
    /\/en\/flows\/troubleshoot-restore-problems$/,
  );
});
