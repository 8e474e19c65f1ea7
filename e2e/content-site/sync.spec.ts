// The sync journey as a reader sees its result: the content-site fixture's Contoso Sync article was imported,
// edited by hand, changed upstream and synced (scripts/sync-journey.ts, run by `npm run build:fixtures`), and the
// served page holds both edits, under the product the products file names.
import { expect, test, type Locator } from "@playwright/test";
import { SYNC_JOURNEY } from "../../scripts/sync-journey";

async function expectSeen(locator: Locator) {
  await locator.scrollIntoViewIfNeeded();
  await expect(locator).toBeVisible();
  await expect(locator).toBeInViewport();
}

test("a synced article shows the author's hand edit and the upstream change together", async ({ page }) => {
  await page.goto(`/en/articles/${SYNC_JOURNEY.articleId}`);
  await expectSeen(page.getByText(SYNC_JOURNEY.local.to));
  await expectSeen(page.getByText(SYNC_JOURNEY.upstream.to));
  await expect(page.getByText(SYNC_JOURNEY.local.from)).toHaveCount(0);
  await expect(page.getByText(SYNC_JOURNEY.upstream.from)).toHaveCount(0);
});

test("its product is named by the products file, with its description on the product page", async ({
  page,
}) => {
  await page.goto(`/en/articles/${SYNC_JOURNEY.articleId}`);
  const product = page
    .getByRole("navigation", { name: "Breadcrumb" })
    .getByRole("link", { name: "Contoso Sync" });
  await expectSeen(product);
  await product.click();
  await expect(page).toHaveURL(/\/en\/products\/contoso-sync$/);
  await expectSeen(page.getByRole("heading", { level: 1, name: "Contoso Sync" }));
  await expectSeen(page.getByText("Keeps folders in step across machines."));
  // Its codes, and not those of the fixture's other product.
  const codes = page.getByRole("region", { name: "Error codes in Contoso Sync" });
  await expectSeen(codes.getByText("CS1002"));
  await expect(codes.getByText("FP1001")).toHaveCount(0);
});
