// Prerendered pages as `npm start` serves them (scripts/serve.mjs): straight from the build output with the
// headers computed at build time. The policy allows exactly the page's inline scripts, the page still comes
// alive in the browser, and caches can revalidate it cheaply.
import { expect, test } from "@playwright/test";
import { inlineScriptHashes, waitForHydration, watchPageProblems } from "./helpers";

const ERROR_PAGE = "/en/errors/sallowdiskspace";

test("a static page's policy allows exactly its own inline scripts, and nothing unsafe", async ({
  request,
}) => {
  for (const path of [ERROR_PAGE, "/sv", "/en/articles/troubleshoot-mars-agent"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const html = await response.text();
    const scriptSrc = (response.headers()["content-security-policy"] ?? "")
      .split(";")
      .map((directive) => directive.trim())
      .find((directive) => directive.startsWith("script-src "));
    const allowed = (scriptSrc ?? "").split(/\s+/).slice(1);
    const hashes = inlineScriptHashes(html);
    expect(hashes.length, path).toBeGreaterThan(0);
    expect(allowed.filter((source) => source.startsWith("'sha256-")).sort(), path).toEqual(hashes);
    expect(
      allowed.filter((source) => !source.startsWith("'sha256-")),
      path,
    ).toEqual(["'self'"]);
    expect(html, path).not.toContain("nonce=");
  }
});

test("a static page comes alive under its build-time policy, with no violation", async ({ page }) => {
  const problems = await watchPageProblems(page);
  await page.goto(ERROR_PAGE);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await waitForHydration(page);
  await page.locator("body").press("/");
  await expect(page.getByRole("dialog")).toBeVisible();
  expect(problems).toEqual([]);
});

test("a static page can be revalidated by its ETag, and is compressed when asked", async ({ request }) => {
  const first = await request.get(ERROR_PAGE, { headers: { "accept-encoding": "identity" } });
  const etag = first.headers()["etag"] ?? "";
  expect(etag).toMatch(/^"[^"]+"$/);
  expect(first.headers()["cache-control"]).toContain("must-revalidate");
  const again = await request.get(ERROR_PAGE, { headers: { "if-none-match": etag } });
  expect(again.status()).toBe(304);
  const compressed = await request.fetch(ERROR_PAGE, { headers: { "accept-encoding": "br, gzip" } });
  expect(compressed.headers()["content-encoding"]).toBe("br");
  expect(await compressed.text()).toBe(await first.text());
});

test("a language choice on a static page still reaches the proxy, which remembers it", async ({
  request,
}) => {
  const response = await request.get(`${ERROR_PAGE}?lang=sv`, { maxRedirects: 0 });
  expect(response.status()).toBe(303);
  expect(response.headers()["location"]).toMatch(new RegExp(`${ERROR_PAGE}$`));
  expect(response.headers()["set-cookie"]).toMatch(/sv/);
});
