// Journeys through the portal as support engineers and customers walk them.
import { expect, test } from "@playwright/test";
import { waitForHydration } from "./helpers";

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
  // A "no" to the only fix leads to support; the English page opens at the same end, with the same answer.
  await page.goto(`/sv${fix}`);
  await page.locator('[data-choice="no"]').click();
  await expect(page.locator("[data-position]")).toHaveAttribute("data-position", "escalate");
  await page.getByRole("navigation", { name: "Språk" }).getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(
    new RegExp(`/en${fix}\\?step=escalate&trail=upgrade-agent-and-fix-scratch-folder$`),
  );
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

test("pages fit a 360 px phone without horizontal scrolling", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true });
  const page = await context.newPage();
  for (const path of [
    "/sv",
    "/sv/errors/invalid-vault-credentials-provided",
    "/en/articles/troubleshoot-mars-agent",
    "/sv/search?q=34513x",
  ]) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await context.close();
});

test("an error page prints as a clean checklist", async ({ page }) => {
  await page.goto("/en/errors/invalid-vault-credentials-provided");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("button").first()).toBeHidden();
  const marker = await page
    .locator(".print-checklist li.step")
    .first()
    .evaluate((li) => getComputedStyle(li, "::before").content);
  expect(marker).toContain("☐");
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
