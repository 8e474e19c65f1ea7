// Browsing the catalog without searching: the home page's products, a product page, the A–Z code index and the
// breadcrumb trail that leads back up from an error.
import { expect, test, type Page } from "@playwright/test";

const PRODUCT = "Azure Backup MARS agent";

/** True when the page scrolls sideways (something is wider than the viewport). */
const overflowsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

test("the home page lists products with counts and a few codes, and leads to the product's page", async ({
  page,
}) => {
  await page.goto("/en");
  const products = page.getByRole("region", { name: "Products" });
  const card = products.getByRole("listitem").filter({ has: page.getByRole("heading", { name: PRODUCT }) });
  await expect(card).toBeInViewport();
  await expect(card).toContainText(/\d+ articles? · \d+ errors?/);
  const pills = card.locator("ul a");
  expect(await pills.count()).toBeGreaterThan(0);
  expect(await pills.count()).toBeLessThanOrEqual(6);
  await expect(page.getByText("Common error codes")).toHaveCount(0);
  await card.getByRole("link", { name: PRODUCT, exact: true }).click();
  await expect(page).toHaveURL(/\/en\/products\/azure-backup-mars-agent$/);
  await expect(page.getByRole("heading", { level: 1, name: PRODUCT })).toBeVisible();
  const trail = page.getByRole("navigation", { name: "Breadcrumb" });
  await expect(trail).toBeInViewport();
  await expect(trail.getByRole("link", { name: "Home" })).toHaveAttribute("href", "/en");
  await expect(page.getByRole("heading", { name: `Error codes in ${PRODUCT}` })).toBeVisible();
  await expect(page.getByRole("link", { name: "34513", exact: true })).toBeVisible();
});

test("the A–Z code index leads from a character to an error page", async ({ page }) => {
  await page.goto("/en/codes");
  await expect(page.getByRole("heading", { level: 1, name: "Error codes A–Z" })).toBeVisible();
  await page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "0–9" }).click();
  await expect(page).toHaveURL(/\/en\/codes\/0-9$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Codes starting with 0–9");
  await expect(
    page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "0–9" }),
  ).toHaveAttribute("aria-current", "page");
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: "34513", exact: true }) });
  await expect(row).toBeVisible();
  await row.getByRole("link", { name: "34513", exact: true }).click();
  await expect(page).toHaveURL(/\/en\/errors\/invalid-vault-credentials-provided$/);
});

test("an error page's breadcrumbs lead up to its article and product, and fit a phone screen", async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/en/errors/invalid-vault-credentials-provided");
  const trail = page.getByRole("navigation", { name: "Breadcrumb" });
  await expect(trail).toBeInViewport();
  await expect(trail.getByRole("listitem")).toHaveCount(4);
  await expect(trail.locator("[aria-current=page]")).toHaveText(
    await page.getByRole("heading", { level: 1 }).innerText(),
  );
  expect(await overflowsSideways(page)).toBe(false);
  await trail.getByRole("link", { name: PRODUCT }).click();
  await expect(page).toHaveURL(/\/en\/products\/azure-backup-mars-agent$/);
  expect(await overflowsSideways(page)).toBe(false);
});

test("the Swedish product page and code index speak Swedish and link their English twins", async ({
  page,
}) => {
  await page.goto("/sv/products/azure-backup-mars-agent");
  await expect(page.locator("html")).toHaveAttribute("lang", "sv");
  await expect(
    page.getByRole("navigation", { name: "Länkstig" }).getByRole("link", { name: "Start" }),
  ).toBeVisible();
  await expect(page.locator("link[rel=alternate][hreflang=en]")).toHaveAttribute(
    "href",
    /\/en\/products\/azure-backup-mars-agent$/,
  );
  await page.goto("/sv/codes");
  await expect(page.getByRole("heading", { level: 1, name: "Felkoder A–Ö" })).toBeVisible();
});
