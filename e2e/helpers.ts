// Shared helpers for the browser tests: the sitemap's URLs, a page watcher for console errors and CSP violations,
// and the hashes a page's policy must allow.
import { createHash } from "node:crypto";
import type { APIRequestContext, Page } from "@playwright/test";

/** Every page URL in the sitemap, as a path. */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const xml = await (await request.get("/sitemap.xml")).text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? "/").pathname);
}

/** Collects console errors, page errors and CSP violations from the moment it is called. */
export async function watchPageProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  await page.exposeFunction("__reportCspViolation", (text: string) => problems.push(`csp: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { __reportCspViolation: (t: string) => void }).__reportCspViolation(
        `${event.violatedDirective} blocked ${event.blockedURI || "inline"}`,
      );
    });
  });
  return problems;
}

/** Waits until the page's client islands are live (the search palette marks itself ready on mount). */
export async function waitForHydration(page: Page): Promise<void> {
  await page.locator("dialog[data-ready]").waitFor({ state: "attached" });
}

/**
 * `'sha256-…'` CSP sources of a page's inline scripts, sorted, JSON-LD left out. Read here independently of
 * lib/site/static-pages.ts, so a mistake in the build's own hashing cannot hide from the tests that check it.
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes = "", body = ""] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/\bsrc=/.test(attributes) || attributes.includes("application/ld+json")) continue;
    hashes.add(`'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
  }
  return [...hashes].sort();
}
