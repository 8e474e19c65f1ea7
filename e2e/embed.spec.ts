// Embedding from another origin: a stand-in wiki (e2e/fixtures/wiki) on http://localhost:<port> frames the
// portal (http://127.0.0.1:<port>) and uses the script-tag elements; plus the frame-ancestors allowlist.
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import { expect, test, type Page } from "@playwright/test";
import { embedFrameAncestors } from "../lib/site/embed-origins";
import { startWiki, type WikiServer } from "./fixtures/wiki/wiki-server";
import { watchPageProblems } from "./helpers";

let errorId: string;
let errorTitle: string;

test.beforeAll(async ({ request }) => {
  const answer = await (await request.get("/api/v1/codes/34513?locale=sv")).json();
  errorId = answer.errors[0].id;
  errorTitle = answer.errors[0].title;
});

async function openWiki(page: Page, portal: string, file = "runbook.html"): Promise<WikiServer> {
  const wiki = await startWiki(portal, errorId);
  await page.goto(`${wiki.origin}/${file}`);
  return wiki;
}

/** Waits until the Next.js app inside a frame has hydrated, so its links navigate inside the frame. */
async function waitForHydration(page: Page, urlPart: string) {
  await expect
    .poll(async () =>
      page.frame({ url: (url) => url.href.includes(urlPart) })?.evaluate(() => "next" in window),
    )
    .toBe(true);
}

test("an embedded error card grows from the default 150px to its content", async ({ page, baseURL }) => {
  const problems = await watchPageProblems(page);
  const wiki = await openWiki(page, baseURL!);
  try {
    const card = page.locator("#card");
    await expect(page.frameLocator("#card").getByRole("heading", { level: 1 })).toHaveText(errorTitle);
    await expect.poll(async () => (await card.boundingBox())?.height).not.toBe(150);
    const contentHeight = await page
      .frameLocator("#card")
      .locator("[data-embed-root]")
      .evaluate((root) => Math.ceil(root.getBoundingClientRect().height));
    // clientHeight: the iframe's own box without its border.
    await expect.poll(() => card.evaluate((frame) => frame.clientHeight)).toBe(contentHeight);
    // causes=2 limits the card to two causes
    await expect(page.frameLocator("#card").locator("[data-cause]")).toHaveCount(2);
    // No console errors or CSP violations in the wiki page or its frames.
    expect(problems).toEqual([]);
  } finally {
    await wiki.close();
  }
});

test("the guided fix works inside the iframe and its links stay inside /embed", async ({ page, baseURL }) => {
  const wiki = await openWiki(page, baseURL!);
  try {
    const frame = page.frameLocator("#fix");
    const progress = frame.getByTestId("flow-progress");
    await expect(progress).toBeVisible();
    await waitForHydration(page, "/fix");
    // Every step of a derived fix asks whether it worked; No goes on to the next thing to try.
    const first = await progress.textContent();
    const no = frame.locator("[data-choice=no]");
    expect(await no.getAttribute("href")).toMatch(
      new RegExp(`^/embed/sv/errors/${errorId}/fix\\?.*theme=dark`),
    );
    await no.click();
    await expect(progress).not.toHaveText(first ?? "");
    const second = await progress.textContent();
    await no.click();
    await expect(progress).not.toHaveText(second ?? "");
    expect(page.frame({ url: (url) => url.pathname.endsWith("/fix") })?.url()).toContain(
      `/embed/sv/errors/${errorId}/fix?`,
    );
  } finally {
    await wiki.close();
  }
});

test("the script-tag card shows the error from the API in its shadow DOM", async ({ page, baseURL }) => {
  const wiki = await openWiki(page, baseURL!);
  try {
    const card = page.locator("#by-code");
    await expect(card.locator("h2")).toHaveText(errorTitle);
    await expect(card.locator("code").first()).toHaveText("34513");
    const link = card.getByRole("link");
    await expect(link).toHaveAttribute("href", `${baseURL}/sv/errors/${errorId}`);
    await expect(link).toHaveAttribute("target", "_blank");
  } finally {
    await wiki.close();
  }
});

test("the script-tag search shows results that link to the portal", async ({ page, baseURL }) => {
  const wiki = await openWiki(page, baseURL!);
  try {
    const search = page.locator("#search");
    await search.getByRole("searchbox").fill("34513");
    await search.getByRole("button").click();
    await expect(search.getByRole("link").first()).toHaveAttribute("href", new RegExp(`^${baseURL}/sv/`));
  } finally {
    await wiki.close();
  }
});

test("hostile data from the API is shown as text, never as markup", async ({ page, baseURL }) => {
  const hostile = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>`;
  await page.route(`${baseURL}/api/v1/**`, async (route) => {
    const url = new URL(route.request().url());
    const body = url.pathname.startsWith("/api/v1/codes/")
      ? { code: "34513", errors: [{ id: "x" }] }
      : {
          id: "x",
          locale: "sv",
          title: hostile,
          codes: [hostile],
          message: hostile,
          url: "javascript:alert(1)",
          causes: [
            {
              id: "cause-1",
              title: hostile,
              explanation: "",
              actions: [{ id: "a", steps: [{ text: hostile }] }],
            },
          ],
        };
    await route.fulfill({ json: body, headers: { "Access-Control-Allow-Origin": "*" } });
  });
  const wiki = await openWiki(page, baseURL!);
  try {
    const card = page.locator("#by-code");
    await expect(card.locator("h2")).toHaveText(hostile);
    const injected = await card.evaluate(
      (host) => host.shadowRoot?.querySelectorAll("img, script, iframe, [onerror]").length,
    );
    expect(injected).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await expect(card.getByRole("link")).toHaveAttribute("href", `${baseURL}/`);
  } finally {
    await wiki.close();
  }
});

test("embed views may be framed per FIXPATH_EMBED_ORIGINS; other pages never", async ({ request }) => {
  const embed = await request.get(`/embed/sv/errors/${errorId}`);
  const expected = embedFrameAncestors(process.env.FIXPATH_EMBED_ORIGINS);
  expect(embed.headers()["content-security-policy"]).toContain(`frame-ancestors ${expected}`);
  const page = await request.get(`/sv/errors/${errorId}`);
  expect(page.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
});

test.describe("with an allowlist", () => {
  let server: ChildProcess | undefined;
  let allowed: WikiServer;
  let other: WikiServer;
  let portal: string;

  async function freePort(): Promise<number> {
    const probe = net.createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    const { port } = probe.address() as net.AddressInfo;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    return port;
  }

  test.beforeAll(async () => {
    test.setTimeout(60_000);
    const port = await freePort();
    portal = `http://127.0.0.1:${port}`;
    allowed = await startWiki(portal, errorId);
    other = await startWiki(portal, errorId);
    // A second production server from the same build, with only the first wiki allowed to frame embeds.
    server = spawn(process.execPath, ["scripts/serve.mjs", "-p", String(port), "-H", "127.0.0.1"], {
      env: { ...process.env, FIXPATH_EMBED_ORIGINS: allowed.origin },
      stdio: "ignore",
      detached: true,
    });
    await expect
      .poll(async () => (await fetch(`${portal}/api/v1/openapi.json`).catch(() => undefined))?.status, {
        timeout: 45_000,
      })
      .toBe(200);
  });

  test.afterAll(async () => {
    if (server?.pid) process.kill(-server.pid, "SIGTERM");
    await allowed?.close();
    await other?.close();
  });

  test("the allowed wiki shows the embed; a wiki on another origin is refused", async ({ page }) => {
    const header = (await fetch(`${portal}/embed/sv/errors/${errorId}`)).headers.get(
      "content-security-policy",
    );
    expect(header).toContain(`frame-ancestors 'self' ${allowed.origin}`);

    await page.goto(`${allowed.origin}/frame-only.html`);
    await expect(page.frameLocator("#card").getByRole("heading", { level: 1 })).toHaveText(errorTitle);

    await page.goto(`${other.origin}/frame-only.html`, { waitUntil: "load" });
    const child = page.frames().find((frame) => frame !== page.mainFrame());
    // Chromium replaces a frame refused by frame-ancestors with an error page: our page never loads in it.
    expect(child?.url()).not.toContain("/embed/");
    await expect(page.frameLocator("#card").getByTestId("embed-error")).toHaveCount(0);
  });
});

test("an embed is light unless the embedding page asks otherwise, whatever the reader's system prefers", async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto(`/embed/en/errors/${errorId}`);
  const root = page.locator("[data-embed-root]");
  await expect(root).toHaveAttribute("data-theme", "light");
  expect(await root.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe("rgb(255, 255, 255)");
  await page.goto(`/embed/en/errors/${errorId}?theme=dark`);
  expect(await root.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe("rgb(255, 255, 255)");
});

test("the script-tag card is light by default in a wiki read in dark mode", async ({ page, baseURL }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  const wiki = await openWiki(page, baseURL!);
  try {
    const card = page.locator("#by-code");
    await expect(card.locator("h2")).toHaveText(errorTitle);
    const background = await card.evaluate(
      (host) => getComputedStyle(host.shadowRoot!.querySelector(".card")!).backgroundColor,
    );
    expect(background).toBe("rgb(255, 255, 255)");
  } finally {
    await wiki.close();
  }
});

test("an unknown embed is Fixpath's own 404, in the embed's language, without a CSP violation", async ({
  page,
}) => {
  const problems = await watchPageProblems(page);
  const response = await page.goto("/embed/sv/errors/does-not-exist");
  expect(response?.status()).toBe(404);
  await expect(page.locator("html")).toHaveAttribute("lang", "sv");
  await expect(page.getByTestId("embed-not-found")).toContainText("Sidan hittades inte");
  await expect(page.locator("[data-full-page-link]")).toHaveAttribute("href", "/sv/search");
  await page.waitForLoadState("networkidle");
  expect(problems.filter((p) => !/Failed to load resource.*404/.test(p))).toEqual([]);
});

test("a card that leaves causes out says how many, and links to the error page that lists them", async ({
  page,
}) => {
  await page.goto(`/embed/sv/errors/${errorId}`);
  const total = await page.locator("[data-cause]").count();
  expect(total).toBeGreaterThan(1);
  await page.goto(`/embed/sv/errors/${errorId}?causes=1`);
  const more = page.getByTestId("embed-more-causes").getByRole("link");
  await more.scrollIntoViewIfNeeded();
  await expect(more).toBeInViewport();
  // Swedish plural forms: "1 orsak till", "2 orsaker till".
  await expect(more).toHaveText(total - 1 === 1 ? "1 orsak till" : `${total - 1} orsaker till`);
  await expect(more).toHaveAttribute("href", `/sv/errors/${errorId}`);
});
