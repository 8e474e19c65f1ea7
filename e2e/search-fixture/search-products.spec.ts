// Search across products and languages, on the fixture site built from test-fixtures/search-content: a code
// two products use (112), a product facet, a weak match, and an error that exists only in Swedish.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { waitForHydration, watchPageProblems } from "../helpers";

const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/** The element is visible and, once scrolled to, inside the viewport: what a person actually sees. */
async function expectSeen(page: Page, locator: Locator): Promise<void> {
  await expect(locator).toBeVisible();
  await locator.scrollIntoViewIfNeeded();
  await expect(locator).toBeInViewport();
}

test("a code two products use shows a chooser grouped by product, on search and on the code's link", async ({
  page,
}) => {
  for (const path of ["/en/search?q=112", "/errors/code/112"]) {
    await page.goto(path);
    const chooser = page.getByTestId("code-chooser");
    await expectSeen(page, chooser.getByRole("heading", { name: /Several errors use code\s*112/ }));
    const windows = chooser.getByRole("region", { name: "Windows system errors" });
    const files = chooser.getByRole("region", { name: "Azure Files" });
    await expectSeen(page, windows.getByRole("link", { name: /112 — ERROR_DISK_FULL/ }));
    await expectSeen(page, files.getByRole("link", { name: /112 — Mount error\(112\): Host is down/ }));
  }
  await expect(page).toHaveURL(/\/en\/errors\/code\/112$/);
  await page.getByRole("link", { name: /Host is down/ }).click();
  await expect(page).toHaveURL(/\/en\/errors\/mount-error-112-host-is-down$/);
});

test("the words around a shared code choose between the products", async ({ page }) => {
  await page.goto(`/en/search?q=${encodeURIComponent("Mount error(112): Host is down")}`);
  await expect(page.getByTestId("code-chooser")).toHaveCount(0);
  await expectSeen(page, page.locator("[data-result-id]").first());
  await expect(page.locator("[data-result-id]").first()).toHaveAttribute(
    "data-result-id",
    "mount-error-112-host-is-down",
  );
});

test("the product facet counts matches per product and narrows the results to one", async ({ page }) => {
  await page.goto("/en/search?q=denied");
  const facets = page.getByRole("navigation", { name: "Narrow by product" });
  await expectSeen(page, facets.getByRole("link", { name: "Windows system errors (1)" }));
  await facets.getByRole("link", { name: "Azure Files (1)" }).click();
  await expect(page).toHaveURL(/product=Azure%20Files/);
  await expect(facets.getByRole("link", { name: "Azure Files (1)" })).toHaveAttribute("aria-current", "true");
  const results = page.locator("[data-result-id]");
  await expect(results).toHaveCount(1);
  await expect(results.first()).toHaveAttribute("data-result-id", "mount-error-13-permission-denied");
  await expectSeen(page, results.first().getByTestId("result-product"));
  await expect(results.first().getByTestId("result-product")).toHaveText("Azure Files");
});

test("a weak best match says that nothing matched well, with suggestions, before any result", async ({
  page,
}) => {
  await page.goto(`/en/search?q=${encodeURIComponent("kubernetes pod access denied eviction")}`);
  const notice = page.getByTestId("weak-match");
  await expectSeen(page, notice.getByRole("heading", { name: "Nothing matched your search well." }));
  await expect(notice.getByRole("link", { name: "ERROR_ACCESS_DENIED" })).toBeVisible();
  const noticeBox = await notice.boundingBox();
  const firstBox = await page.locator("[data-result-id]").first().boundingBox();
  expect(noticeBox!.y).toBeLessThan(firstBox!.y);
  await expect(page.getByRole("heading", { name: "Closest matches, none of them good" })).toBeVisible();
});

test("a result only another language has is shown marked with its language", async ({ page }) => {
  await page.goto(`/en/search?q=${encodeURIComponent("upload throttled")}`);
  const result = page.locator('[data-result-id="upload-throttled-by-service"]');
  await expectSeen(page, result.getByTestId("result-language"));
  await expect(result.getByTestId("result-language")).toHaveText("Only in Swedish");
  await expect(result.getByRole("link")).toHaveAttribute("href", "/sv/errors/upload-throttled-by-service");
});

test.describe("the palette", () => {
  async function openPalette(page: Page, query: string): Promise<Locator> {
    await page.goto("/en");
    await waitForHydration(page);
    await page.keyboard.press("Control+k");
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("combobox").fill(query);
    return dialog;
  }

  test("says a weak match is weak, and Enter opens the suggestions instead of the first hit", async ({
    page,
  }) => {
    const dialog = await openPalette(page, "kubernetes pod access denied eviction");
    await expectSeen(page, dialog.getByTestId("search-notice"));
    await expect(dialog.getByTestId("search-notice")).toHaveText(
      "Nothing matched well. Press Enter for suggestions.",
    );
    await dialog.getByRole("combobox").press("Enter");
    await expect(page).toHaveURL(/\/en\/search\?q=kubernetes/);
    await expect(page.getByTestId("weak-match")).toBeVisible();
  });

  test("says a code belongs to several products, and Enter opens the chooser", async ({ page }) => {
    const dialog = await openPalette(page, "112");
    await expectSeen(page, dialog.getByTestId("search-notice"));
    await expect(dialog.getByRole("option", { name: /Host is down/ })).toContainText("Azure Files");
    await dialog.getByRole("combobox").press("Enter");
    await expect(page).toHaveURL(/\/en\/search\?q=112$/);
    await expect(page.getByTestId("code-chooser")).toBeVisible();
  });

  test("marks a hit shown in another language", async ({ page }) => {
    const dialog = await openPalette(page, "upload throttled");
    await expectSeen(page, dialog.getByTestId("hit-language"));
    await expect(dialog.getByTestId("hit-language")).toHaveText("Only in Swedish");
  });
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`the chooser, the facet, the weak-match notice and marked results pass axe in ${colorScheme} mode, with no console error`, async ({
    page,
  }) => {
    test.setTimeout(300_000);
    const problems = await watchPageProblems(page);
    await page.emulateMedia({ colorScheme });
    const failures: string[] = [];
    for (const path of [
      "/en/search?q=112",
      "/en/errors/code/112",
      "/en/search?q=denied&product=Azure%20Files",
      `/en/search?q=${encodeURIComponent("kubernetes pod access denied eviction")}`,
      `/en/search?q=${encodeURIComponent("upload throttled")}`,
    ]) {
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      for (const v of violations) failures.push(`${path}: ${v.id} ${v.nodes[0]?.target.join(" ")}`);
    }
    expect(failures).toEqual([]);
    expect(problems).toEqual([]);
  });
}
