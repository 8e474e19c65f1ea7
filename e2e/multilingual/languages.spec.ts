// Journeys through the four-language fixture site (en, fr, ja, sv; e2e/fixture-sites.ts): every page in the
// visitor's language, hreflang and the language switch naming exactly the twins that exist, and a switch that
// keeps a search's words and a guided fix's step. The fixture has "storage-quota-exceeded" in all four
// languages, "sign-in-expired" in every one but Japanese.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { waitForHydration } from "../helpers";

const QUOTA = "storage-quota-exceeded";
const SIGN_IN = "sign-in-expired";

/** The language switch of the page, opened when it is a menu; `label` is "Language" in the page's language. */
async function openLanguageSwitch(page: Page, label: string) {
  const nav = page.getByRole("navigation", { name: label });
  const menu = nav.locator("summary");
  if ((await menu.count()) > 0) await menu.click();
  return nav;
}

test("a French page speaks French: <html lang>, the page's words and Open Graph", async ({ page }) => {
  await page.goto(`/fr/errors/${QUOTA}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Le quota de stockage est atteint");
  await expect(page.getByRole("link", { name: "Lancer la résolution guidée" })).toBeInViewport();
  await expect(page.getByRole("heading", { name: "Causes", level: 2 })).toBeVisible();
  await expect(page.locator("#header-search")).toHaveAttribute(
    "placeholder",
    "Collez un code ou un message d’erreur…",
  );
  await expect(page.getByText("Fixpath propose des solutions de dépannage structurées.")).toBeVisible();
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute("content", "fr_FR");
});

test("a Japanese page speaks Japanese", async ({ page }) => {
  await page.goto(`/ja/errors/${QUOTA}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expect(page.getByRole("link", { name: "ガイド付き解決を開始" })).toBeInViewport();
  await expect(page.getByRole("heading", { name: "原因", level: 2 })).toBeVisible();
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute("content", "ja_JP");
});

test("hreflang links every twin of a page, and only the twins", async ({ page }) => {
  const alternates = async () =>
    Object.fromEntries(
      await page
        .locator('link[rel="alternate"][hreflang]')
        .evaluateAll((links) =>
          links.map((l) => [l.getAttribute("hreflang"), new URL(l.getAttribute("href") ?? "").pathname]),
        ),
    );
  await page.goto(`/fr/errors/${QUOTA}`);
  expect(await alternates()).toEqual({
    en: `/en/errors/${QUOTA}`,
    fr: `/fr/errors/${QUOTA}`,
    ja: `/ja/errors/${QUOTA}`,
    sv: `/sv/errors/${QUOTA}`,
  });
  await page.goto(`/sv/errors/${SIGN_IN}`);
  expect(await alternates()).toEqual({
    en: `/en/errors/${SIGN_IN}`,
    fr: `/fr/errors/${SIGN_IN}`,
    sv: `/sv/errors/${SIGN_IN}`,
  });
  await page.goto("/ja");
  expect(Object.keys(await alternates()).sort()).toEqual(["en", "fr", "ja", "sv"]);
});

test("the language switch lists the twins that exist, each in its own language, visible on screen", async ({
  page,
}) => {
  await page.goto(`/fr/errors/${QUOTA}`);
  await waitForHydration(page);
  const nav = await openLanguageSwitch(page, "Langue");
  for (const [name, lang] of [
    ["English", "en"],
    ["Svenska", "sv"],
    ["日本語", "ja"],
  ] as const) {
    const link = nav.getByRole("link", { name });
    await expect(link).toBeInViewport();
    await expect(link).toHaveAttribute("lang", lang);
  }
  await expect(nav.getByRole("link")).toHaveCount(3);

  await page.goto(`/fr/errors/${SIGN_IN}`);
  const other = await openLanguageSwitch(page, "Langue");
  await expect(other.getByRole("link")).toHaveText(["English", "Svenska"]);
});

test("choosing a language opens the twin and is remembered for the next visit to /", async ({ page }) => {
  await page.goto(`/fr/errors/${QUOTA}`);
  await waitForHydration(page);
  await (await openLanguageSwitch(page, "Langue")).getByRole("link", { name: "日本語" }).click();
  await expect(page).toHaveURL(new RegExp(`/ja/errors/${QUOTA}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("ストレージのクォータが上限に達しました");
  await page.goto("/");
  await expect(page).toHaveURL(/\/ja$/);
});

test("the menu closes on Escape, with focus back on it", async ({ page }) => {
  await page.goto("/en");
  await waitForHydration(page);
  const nav = await openLanguageSwitch(page, "Language");
  await expect(nav.getByRole("link", { name: "Français" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(nav.getByRole("link", { name: "Français" })).toBeHidden();
  await expect(nav.locator("summary")).toBeFocused();
});

test("a search keeps its words across the switch", async ({ page }) => {
  await page.goto("/en/search?q=quota");
  await waitForHydration(page);
  const link = (await openLanguageSwitch(page, "Language")).getByRole("link", { name: "Svenska" });
  await expect(link).toHaveAttribute("href", "/sv/search?q=quota&lang=sv");
  await link.click();
  await expect(page).toHaveURL(/\/sv\/search\?q=quota$/);
  await expect(page.locator("#search-page-input")).toHaveValue("quota");
  await expect(page.getByRole("link", { name: "Lagringskvoten är full" }).first()).toBeVisible();
});

test("a guided fix keeps its step across the switch", async ({ page }) => {
  await page.goto(`/fr/errors/${QUOTA}/fix`);
  await expect(page.getByTestId("flow-progress")).toHaveText("Étape 1 sur 2");
  await page.locator('[data-choice="no"]').click();
  await expect(page.getByTestId("flow-progress")).toHaveText("Étape 2 sur 2");

  await (await openLanguageSwitch(page, "Langue")).getByRole("link", { name: "日本語" }).click();
  // Each translation derives its action ids from its own words, so the step is carried by position: the
  // Japanese fix's second step page. (The answer trail lives in the browser; a static page's switch cannot
  // carry it.)
  await expect(page).toHaveURL(new RegExp(`/ja/errors/${QUOTA}/fix/fix-[0-9a-f]{6}$`));
  await expect(page.getByTestId("flow-progress")).toHaveText("手順 2/2");
});

test("an authored flow keeps its step across the switch", async ({ page }) => {
  await page.goto("/sv/flows/reset-sync-client/step-3?trail=step-1");
  await (await openLanguageSwitch(page, "Språk")).getByRole("link", { name: "Français" }).click();
  await expect(page).toHaveURL(/\/fr\/flows\/reset-sync-client\/step-3$/);
  await expect(page.getByTestId("flow-progress")).toHaveText("Étape 3 sur 3");
});

test("/ speaks the visitor's language among those served, falling back from regional tags", async ({
  request,
}) => {
  for (const [acceptLanguage, expected] of [
    ["ja-JP,ja;q=0.9", "/ja"],
    ["fr-CA,en;q=0.5", "/fr"],
    ["de-DE,sv;q=0.7", "/sv"],
    ["it-IT", "/en"],
  ] as const) {
    const response = await request.get("/", {
      maxRedirects: 0,
      headers: { "Accept-Language": acceptLanguage },
    });
    expect(response.headers()["location"], acceptLanguage).toBe(expected);
    expect(response.headers()["vary"]).toContain("Accept-Language");
  }
});

test("a code link opens the error in the visitor's language among those that have it", async ({
  request,
}) => {
  const land = async (code: string, acceptLanguage: string) =>
    (
      await request.get(`/errors/code/${code}`, {
        maxRedirects: 0,
        headers: { "Accept-Language": acceptLanguage },
      })
    ).headers()["location"];
  expect(await land("70412", "ja")).toBe(`/ja/errors/${QUOTA}`);
  // Japanese has no "sign-in-expired": the visitor's next language that has it.
  expect(await land("70433", "ja,fr;q=0.5")).toBe(`/fr/errors/${SIGN_IN}`);
});

test("the sitemap, OpenSearch and the API cover every served locale", async ({ request }) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  for (const locale of ["en", "fr", "ja", "sv"]) expect(sitemap).toContain(`/${locale}/errors/${QUOTA}`);
  expect(sitemap).not.toContain(`/ja/errors/${SIGN_IN}`);
  const openSearch = await request.get("/opensearch/ja");
  expect(await openSearch.text()).toContain("<Language>ja</Language>");
  expect((await request.get("/api/v1/errors?locale=ja")).status()).toBe(200);
  const refused = await request.get("/api/v1/errors?locale=de");
  expect(refused.status()).toBe(400);
  expect(await refused.text()).toContain("en, fr, ja, sv");
  expect((await request.get("/api/v1/errors?locale=..%2F<script>")).status()).toBe(400);
  expect((await request.get("/de/errors/" + QUOTA)).status()).toBe(404);
  expect((await request.get("/EN/errors/" + QUOTA)).status()).toBe(404);
});

test("embeds speak the language of their URL", async ({ page }) => {
  await page.goto(`/embed/ja/errors/${QUOTA}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expect(page.getByRole("link", { name: /エラー ページを開く/ })).toBeVisible();
});

test("French and Japanese pages, with the language menu open, have no axe violations in light and dark", async ({
  page,
}) => {
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const [path, label] of [
      [`/fr/errors/${QUOTA}`, "Langue"],
      ["/ja/search?q=70412", "言語"],
    ] as const) {
      await page.goto(path);
      await waitForHydration(page);
      await openLanguageSwitch(page, label);
      const { violations } = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"])
        .analyze();
      expect(violations.map((v) => `${scheme} ${path}: ${v.id}`)).toEqual([]);
    }
  }
});
