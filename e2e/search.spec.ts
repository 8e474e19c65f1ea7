// Search as support engineers use it: paste a message, use the palette, recover from a miss.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { waitForHydration } from "./helpers";

const SEED_34513 =
  "ogiltiga valv uppgifter angavs. Filen är antingen skadad eller har inte de senaste autentiseringsuppgifterna som är associerade med återställnings tjänsten. (ID: 34513)";

test("pasting the full Swedish message of 34513 and pressing Enter opens its error page", async ({
  page,
}) => {
  await page.goto("/sv");
  const box = page.locator("#home-search");
  await box.fill(SEED_34513);
  await box.press("Enter");
  await expect(page).toHaveURL(/\/sv\/errors\/invalid-vault-credentials-provided$/);
});

test("Ctrl-K opens the palette; sallowdisk, arrow down, Enter opens SalLowDiskSpace", async ({ page }) => {
  await page.goto("/en/articles/troubleshoot-mars-agent");
  await waitForHydration(page);
  await page.keyboard.press("Control+k");
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  const box = dialog.getByRole("combobox");
  await expect(box).toBeFocused();
  await box.pressSequentially("sallowdisk");
  await expect(dialog.getByRole("option").first()).toContainText("SalLowDiskSpace");
  await box.press("ArrowDown");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/en\/errors\/sallowdiskspace$/);
});

test("the / key opens the palette too, but types a slash inside a text field", async ({ page }) => {
  await page.goto("/en/errors/sallowdiskspace");
  await waitForHydration(page);
  await page.locator("body").press("/");
  await expect(page.getByRole("dialog")).toBeVisible();
});

test("a search with no results says so and suggests close codes and words", async ({ page }) => {
  await page.goto("/en/search?q=0x1FC08");
  await expect(page.getByText("No results for this search.")).toBeVisible();
  await expect(page.getByTestId("suggestions")).toContainText("0x1FC07");
  await page.goto("/sv/search?q=zzzqqqxxy");
  await expect(page.getByText("Inga träffar för den här sökningen.")).toBeVisible();
});

test("the search page works without JavaScript and shows what the query was understood as", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/en/search?q=vault%20credentials%20invalid");
  await expect(page.locator("[data-result-id]").first()).toHaveAttribute(
    "data-result-id",
    "invalid-vault-credentials-provided",
  );
  await page.goto("/en/search?q=0x1FC07%20and%2034513");
  await expect(page.getByTestId("understood")).toContainText("130055");
  await context.close();
});

test("a 2,000-character pasted log excerpt is accepted", async ({ page }) => {
  await page.goto("/sv");
  const log =
    `${"2026-11-26 08:00:00 INFO CBEngine heartbeat ok\n".repeat(38)}Fel 34506. Krypterings lösen frasen är inte korrekt konfigurerad`.slice(
      -2000,
    );
  await page.locator("#home-search").fill(log);
  // A single-line field turns the pasted line breaks into spaces; every character arrives.
  await expect(page.locator("#home-search")).toHaveValue(log.replace(/\n/g, " "));
  await page.locator("#home-search").press("Enter");
  await expect(page).toHaveURL(/\/sv\/errors\/encryption-passphrase-not-correctly-configured$/);
});

const queries = readFileSync(path.resolve(process.cwd(), "../shared/eval/queries.tsv"), "utf8")
  .split("\n")
  .filter((line) => line.trim() && !line.startsWith("#"))
  .map((line) => line.split("\t") as [string, string]);

test("every query of the eval set ranks its expected result first through /api/search", async ({
  request,
}) => {
  const misses: string[] = [];
  for (const [query, expected] of queries) {
    const body = await (await request.get(`/api/search?q=${encodeURIComponent(query)}&locale=sv`)).json();
    const first = body.results[0]?.id;
    if (!expected.split("|").includes(first)) misses.push(`${query} → ${first} (want ${expected})`);
  }
  expect(misses).toEqual([]);
});
