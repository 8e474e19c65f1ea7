// Search as support engineers use it: paste a message, use the palette, recover from a miss.
import { readFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { waitForHydration } from "./helpers";

const SEED_34513 =
  "ogiltiga valv uppgifter angavs. Filen är antingen skadad eller har inte de senaste autentiseringsuppgifterna som är associerade med återställnings tjänsten. (ID: 34513)";

test("pasting the full Swedish message of 34513 and pressing Enter opens its error page", async ({
  page,
}) => {
  await page.goto("/sv");
  await waitForHydration(page);
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

test("axe passes on the palette open with results, light and dark", async ({ page }) => {
  test.setTimeout(120_000);
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto("/en/errors/sallowdiskspace");
    await waitForHydration(page);
    await page.keyboard.press("Control+k");
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("combobox").pressSequentially("vault");
    await expect(dialog.getByRole("option").first()).toBeVisible();
    const { violations } = await new AxeBuilder({ page })
      .include("dialog")
      .withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"])
      .analyze();
    expect(violations.map((v) => `${colorScheme}: ${v.id} ${v.nodes[0]?.target.join(" ")}`)).toEqual([]);
  }
});

test("the / key opens the palette too, but types a slash inside a text field", async ({ page }) => {
  await page.goto("/en/errors/sallowdiskspace");
  await waitForHydration(page);
  await page.locator("body").press("/");
  await expect(page.getByRole("dialog")).toBeVisible();
});

test("a search with no results says so once and offers ways forward", async ({ page }) => {
  await page.goto("/en/search?q=0x1FC08");
  await expect(page.getByTestId("no-results")).toContainText("No results for");
  await expect(page.getByTestId("suggestions")).toContainText("0x1FC07");
  await page.goto("/sv/search?q=zzzqqqxxy");
  await expect(page.getByTestId("no-results")).toBeVisible();
  // One statement that nothing matched, not a heading and the engine's note both.
  const said = (await page.locator("main").innerText()).match(/Inga träffar|Inget matchade/g) ?? [];
  expect(said).toHaveLength(1);
  const codes = page.getByTestId("common-codes").getByRole("link");
  await expect(codes.first()).toBeVisible();
  expect(await codes.count()).toBeGreaterThan(2);
});

test("a corrected search says what it searched for once", async ({ page }) => {
  await page.goto("/en/search?q=schedueld%20backup");
  await expect(page.locator("[data-result-id]").first()).toBeVisible();
  await expect(page.getByText("Showing results for “scheduled backup”.")).toBeVisible();
  // Not again as "Did you mean: scheduled backup".
  await expect(page.getByTestId("suggestions")).toHaveCount(0);
});

test("a search that jumps to the only error with its code leads back to the results", async ({ page }) => {
  await page.goto("/en/search?q=403");
  await expect(page).toHaveURL(/\/en\/errors\/unable-to-download-vault-credential-file\?q=403$/);
  const back = page.getByTestId("back-to-results").getByRole("link");
  await expect(back).toBeVisible();
  await expect(back).toContainText("403");
  await back.click();
  await expect(page).toHaveURL(/\/en\/search\?q=403&list=1$/);
  await expect(page.locator("#search-page-input")).toHaveValue("403");
  await expect(page.locator('[data-result-id="unable-to-download-vault-credential-file"]')).toBeVisible();
});

test("the clear button of a search field keeps clear of long pasted text", async ({ page }) => {
  await page.goto("/en");
  const box = page.locator("#home-search");
  await box.fill(`ERROR CBEngine ${"backup job failed while reading the scratch folder ".repeat(4)}`);
  // Red text from its first character, so the picture tells the text from the × beside it.
  await box.evaluate((input: HTMLInputElement) => {
    input.style.color = "rgb(255, 0, 0)";
    input.style.caretColor = "transparent";
    input.setSelectionRange(0, 0);
    input.scrollLeft = 0;
  });
  const picture = `data:image/png;base64,${(await box.screenshot()).toString("base64")}`;
  const gap = await page.evaluate(async (src) => {
    const image = new Image();
    image.src = src;
    await image.decode();
    const canvas = document.createElement("canvas");
    [canvas.width, canvas.height] = [image.width, image.height];
    const context = canvas.getContext("2d")!;
    context.drawImage(image, 0, 0);
    const { data, width, height } = context.getImageData(0, 0, canvas.width, canvas.height);
    const pixel = (x: number, y: number) => data.slice((y * width + x) * 4, (y * width + x) * 4 + 3);
    const isText = ([r = 0, g = 0, b = 0]: Uint8ClampedArray) => r - Math.max(g, b) > 60;
    const isMark = (p: Uint8ClampedArray) => !isText(p) && (p[0] ?? 0) + (p[1] ?? 0) + (p[2] ?? 0) < 450;
    const column = (x: number, test: (p: Uint8ClampedArray) => boolean) =>
      Array.from({ length: height }, (_, y) => pixel(x, y)).some(test);
    let textRight = -1;
    for (let x = 0; x < width; x++) if (column(x, isText)) textRight = x;
    // The × is the rightmost dark mark inside the border.
    let x = width - 3;
    while (x > 0 && !column(x, isMark)) x--;
    while (x > 0 && column(x - 1, isMark)) x--;
    return x - textRight - 1;
  }, picture);
  expect(gap).toBeGreaterThanOrEqual(6);
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
  await waitForHydration(page);
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

// The palette's list once lived in a 76 px dialog that clipped it to a line: the DOM held the results, nobody saw them.
for (const colorScheme of ["light", "dark"] as const) {
  for (const [device, viewport] of [
    ["desktop", { width: 1280, height: 800 }],
    ["phone", { width: 360, height: 740 }],
  ] as const) {
    test(`the palette shows its first result inside the dialog and the viewport (${colorScheme}, ${device})`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ viewport, colorScheme });
      const page = await context.newPage();
      await page.goto("/en/errors/sallowdiskspace");
      await waitForHydration(page);
      await page.keyboard.press("Control+k");
      const dialog = page.getByRole("dialog");
      await dialog.getByRole("combobox").pressSequentially("vault");
      const first = dialog.getByRole("option").first();
      await expect(first).toContainText(/vault/i);
      await expect(first).toBeInViewport({ ratio: 1 });
      const [box, frame] = await Promise.all([first.boundingBox(), dialog.boundingBox()]);
      expect(box && frame).toBeTruthy();
      if (!box || !frame) return;
      expect(box.height).toBeGreaterThan(20);
      expect(box.y).toBeGreaterThanOrEqual(frame.y);
      expect(box.y + box.height).toBeLessThanOrEqual(frame.y + frame.height);
      expect(box.x).toBeGreaterThanOrEqual(frame.x);
      expect(box.x + box.width).toBeLessThanOrEqual(frame.x + frame.width);
      // What the dialog shows at that point is the option, not something drawn over it.
      const hit = await page.evaluate(
        ([x, y]) => document.elementFromPoint(x ?? 0, y ?? 0)?.closest('[role="option"]')?.textContent ?? "",
        [box.x + box.width / 2, box.y + box.height / 2],
      );
      expect(hit).toMatch(/vault/i);
      await context.close();
    });
  }
}
