// Journeys through the portal as support engineers and customers walk them.
import { expect, test } from "@playwright/test";
import { sitemapPaths, waitForHydration } from "./helpers";

test("a code typed on the home page lands on its error page", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/(sv|en)$/);
  await expect(page.locator("#home-search")).toBeFocused();
  await page.locator("#home-search").fill("34513");
  await page.locator("#home-search").press("Enter");
  await expect(page).toHaveURL(/\/errors\/invalid-vault-credentials-provided$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator("[data-code]").first()).toHaveText("34513");
});

test("/ picks the language from Accept-Language and remembers a choice", async ({ browser }) => {
  const context = await browser.newContext({
    locale: "sv-SE",
    extraHTTPHeaders: { "Accept-Language": "sv-SE,sv;q=0.9" },
  });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page).toHaveURL(/\/sv$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "sv");
  await page.getByRole("navigation", { name: "Språk" }).getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/en$/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/en$/);
  await context.close();
});

test("code URLs redirect permanently to the error page in the visitor's language", async ({
  request,
  page,
}) => {
  for (const [code, id] of [
    ["34513", "invalid-vault-credentials-provided"],
    ["0x1FC07", "the-activation-did-not-complete-successfully"],
    ["130055", "the-activation-did-not-complete-successfully"],
    ["sallowdiskspace", "sallowdiskspace"],
  ]) {
    const response = await request.get(`/errors/code/${code}`, {
      maxRedirects: 0,
      headers: { "Accept-Language": "sv" },
    });
    expect(response.status(), code).toBe(308);
    expect(response.headers()["location"]).toBe(`/sv/errors/${id}`);
  }
  await page.goto("/errors/code/34513");
  await expect(page).toHaveURL(/\/errors\/invalid-vault-credentials-provided$/);
});

test("switching language on an error page stays on the same error", async ({ page }) => {
  await page.goto("/sv/errors/sallowdiskspace");
  await page.getByRole("navigation", { name: "Språk" }).getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/en\/errors\/sallowdiskspace$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Svenska" }).click();
  await expect(page).toHaveURL(/\/sv\/errors\/sallowdiskspace$/);
});

test("the language switch keeps a search's words and a guided fix's step", async ({ page }) => {
  await page.goto("/en/search?q=scratch");
  const toSwedish = page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Svenska" });
  await expect(toSwedish).toHaveAttribute("href", "/sv/search?q=scratch&lang=sv");
  await toSwedish.click();
  await expect(page).toHaveURL(/\/sv\/search\?q=scratch$/);
  await expect(page.locator("#search-page-input")).toHaveValue("scratch");

  const fix = "/errors/the-activation-did-not-complete-successfully/fix";
  // A "no" to the only fix leads to support; the English page opens at the same end (the answer trail lives
  // in the browser, so the static page's switch does not carry it).
  await page.goto(`/sv${fix}`);
  await page.locator('[data-choice="no"]').click();
  await expect(page.locator("[data-position]")).toHaveAttribute("data-position", "escalate");
  await page.getByRole("navigation", { name: "Språk" }).getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(new RegExp(`/en${fix}/escalate$`));
  await expect(page.locator("[data-position]")).toHaveAttribute("data-position", "escalate");
});

test("a copied cause link opens scrolled to that cause", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 800, height: 600 } });
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const page = await context.newPage();
  await page.goto("/en/errors/the-activation-did-not-complete-successfully");
  await waitForHydration(page);
  const third = page.locator("#cause-3");
  await third.getByRole("button", { name: "Copy link to this cause" }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\/en\/errors\/the-activation-did-not-complete-successfully#cause-3$/);
  const second = await context.newPage();
  await second.goto(link);
  await expect(second.locator("#cause-3")).toBeInViewport();
  await context.close();
});

test("old article anchors land on the error page", async ({ page }) => {
  await page.goto("/sv/articles/troubleshoot-mars-agent#the-activation-did-not-complete-successfully");
  await expect(page).toHaveURL(/\/sv\/errors\/the-activation-did-not-complete-successfully$/);
});

test("an error page prints as a clean checklist: each box on its step's line, with the source and date", async ({
  page,
}) => {
  await page.goto("/en/errors/invalid-vault-credentials-provided");
  await waitForHydration(page);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("button").first()).toBeHidden();
  const steps = page.locator(".print-checklist > li.step");
  expect(await steps.count()).toBeGreaterThan(2);
  for (const step of await steps.all()) {
    const marker = await step.evaluate((li) => getComputedStyle(li, "::marker").content);
    expect(marker).toContain("☐");
    // The box is drawn beside the first line: the step's text starts at the top of its item, not a line below.
    const offset = await step.evaluate((li) => {
      const first = li.firstElementChild ?? li;
      return first.getBoundingClientRect().top - li.getBoundingClientRect().top;
    });
    expect(offset).toBeLessThan(2);
  }
  const source = page.getByTestId("print-source");
  await expect(source).toBeVisible();
  await expect(source).toContainText("/en/errors/invalid-vault-credentials-provided");
  await expect(source).toContainText("Updated 2019-07-15");
  await expect(source).toContainText(/Printed \d{4}-\d{2}-\d{2}/);
});

test("error pages carry canonical, hreflang, Open Graph and JSON-LD", async ({ page }) => {
  await page.goto("/sv/errors/invalid-vault-credentials-provided");
  await expect(page).toHaveTitle(/34513/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    "href",
    /\/sv\/errors\/invalid-vault-credentials-provided$/,
  );
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
    "href",
    /\/en\/errors\/invalid-vault-credentials-provided$/,
  );
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /34513/);
  const types = await page
    .locator('script[type="application/ld+json"]')
    .evaluateAll((nodes) =>
      nodes.flatMap((n) =>
        (JSON.parse(n.textContent ?? "[]") as { "@type": string }[]).map((d) => d["@type"]),
      ),
    );
  expect(types).toEqual(expect.arrayContaining(["TechArticle", "HowTo"]));
});

test("robots.txt and sitemap.xml list the site", async ({ request }) => {
  expect(await (await request.get("/robots.txt")).text()).toContain("sitemap.xml");
  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(sitemap).toContain("/sv/errors/invalid-vault-credentials-provided");
  expect(sitemap).toContain("/en/errors/invalid-vault-credentials-provided");
});

test("the keyboard reaches the skip link first and it moves focus to the content", async ({ page }) => {
  await page.goto("/en/errors/sallowdiskspace");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
});

test("browsers can add Fixpath as a search engine (OpenSearch)", async ({ page, request }) => {
  await page.goto("/sv/errors/sallowdiskspace");
  const href = await page.locator('link[rel="search"]').getAttribute("href");
  expect(href).toBe("/opensearch/sv");
  const response = await request.get(href ?? "");
  expect(response.headers()["content-type"]).toContain("application/opensearchdescription+xml");
  expect(await response.text()).toContain("/sv/search?q={searchTerms}");
});

test("404s agree: in the address's language, with its header and a way home", async ({ page }) => {
  for (const [path, locale, heading] of [
    ["/sv/errors/does-not-exist", "sv", "Sidan hittades inte"],
    ["/sv/articles/does-not-exist", "sv", "Sidan hittades inte"],
    ["/sv/flows/does-not-exist", "sv", "Sidan hittades inte"],
    ["/en/errors/does-not-exist", "en", "Page not found"],
  ] as const) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.locator("html"), path).toHaveAttribute("lang", locale);
    await expect(page.getByRole("banner"), path).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 }), path).toHaveText(heading);
    await expect(page.locator("main").locator(`a[href="/${locale}"]`), path).toBeVisible();
  }
  // An address in no language: every language's way home, each in its own language.
  await page.goto("/xx/nothing-here");
  await expect(page.getByRole("banner").locator('a[href="/sv"]')).toHaveText("Gå till startsidan");
  await expect(page.getByRole("banner").locator('a[href="/en"]')).toHaveText("Go to the home page");
});

test("no error is titled only by its code: search results name it", async ({ page }) => {
  for (const [locale, code] of [["en", "SalLowDiskSpace"]] as const) {
    await page.goto(`/${locale}/search?q=${code}&list=1`);
    const title = page.locator("[data-result-id] a").first();
    await expect(title).toBeVisible();
    expect((await title.innerText()).trim()).not.toBe(code);
  }
});

/** Width of a PNG from its header (bytes 16–19), so the check reads the screenshot, not the DOM. */
function pngWidth(png: Buffer): number {
  return png.readUInt32BE(16);
}

test("no page is wider than a 360 px phone: full-page screenshots of every page", async ({
  browser,
  request,
}) => {
  test.setTimeout(300_000);
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true });
  const page = await context.newPage();
  const paths = [
    ...(await sitemapPaths(request)),
    "/sv/search?q=SalChecksumStoreInitializationFailed%20SalVhdInitializationError%20SalLowDiskSpace",
    "/en/search?q=vault%20credentials",
    "/sv/search?q=zzzqqqxxy",
    "/en/errors/invalid-vault-credentials-provided/fix/check-internet-access?trail=download-new-vault-credentials",
    "/sv/errors/sallowdiskspace/fix/escalate?trail=update-agent-and-fix-scratch-space",
    "/sv/errors/does-not-exist",
    "/embed/sv/errors/invalid-vault-credentials-provided",
    "/embed/en/search?q=scratch",
  ];
  const wide: string[] = [];
  for (const path of paths) {
    await page.goto(path);
    const width = pngWidth(await page.screenshot({ fullPage: true }));
    if (width > 360) wide.push(`${path}: ${width} px`);
  }
  expect(wide).toEqual([]);
  await context.close();
});

test("copy buttons appear only with JavaScript, and say what they did once", async ({ browser }) => {
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const bare = await noScript.newPage();
  await bare.goto("/en/errors/the-activation-did-not-complete-successfully");
  await expect(bare.getByRole("heading", { level: 1 })).toBeVisible();
  // Without JavaScript a copy button would do nothing, so none is shown.
  await expect(bare.getByRole("button", { name: /copy/i })).toHaveCount(0);
  await expect(bare.getByRole("button", { name: /copy/i, includeHidden: true }).first()).toBeAttached();
  await noScript.close();

  const context = await browser.newContext();
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const page = await context.newPage();
  await page.goto("/en/errors/the-activation-did-not-complete-successfully");
  await waitForHydration(page);
  const button = page.locator("#cause-2").getByRole("button", { name: "Copy link to this cause" });
  await expect(button).toHaveText("Copy link");
  await button.click();
  await expect(button).toHaveText("✓ Link copied");
  await context.close();
});

test("an error page's Embed button gives the snippet for this error, ready to copy", async ({ browser }) => {
  const context = await browser.newContext();
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const page = await context.newPage();
  await page.goto("/en/errors/invalid-vault-credentials-provided");
  await waitForHydration(page);
  const embed = page.getByTestId("embed-disclosure");
  await embed.getByText("Embed", { exact: true }).click();
  const snippet = embed.locator("pre").first();
  await expect(snippet).toBeVisible();
  await expect(snippet).toContainText("/embed/en/errors/invalid-vault-credentials-provided");
  await embed.getByRole("button", { name: /^Copy: An iframe/ }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
    '<iframe src="http://localhost:3000/embed/en/errors/invalid-vault-credentials-provided?causes=2"',
  );
  await context.close();
});

test("the API page documents the embed options, and its code samples fit a phone and copy", async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true });
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const page = await context.newPage();
  await page.goto("/en/api-docs");
  await waitForHydration(page);
  const options = page.getByTestId("embed-options");
  for (const name of ["theme=light|dark|auto", "compact=1", "causes=N"])
    await expect(options).toContainText(name);
  await expect(options).toContainText("light (the default");
  const samples = page.locator("main pre");
  expect(await samples.count()).toBeGreaterThanOrEqual(3);
  for (const sample of await samples.all()) {
    await sample.scrollIntoViewIfNeeded();
    const box = await sample.boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(360);
    expect(await sample.evaluate((pre) => pre.scrollWidth - pre.clientWidth)).toBeLessThanOrEqual(0);
  }
  const copies = page.locator("main").getByRole("button", { name: /^Copy:/ });
  expect(await copies.count()).toBe(await samples.count());
  await copies.first().click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain("<iframe");
  await context.close();
});
