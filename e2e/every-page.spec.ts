// Sweeps over every URL in the sitemap: zero axe violations (WCAG 2.2 AA) in light and dark mode,
// and no console error, CSP violation or in-page link without a target on any page.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { sitemapPaths, watchPageProblems } from "./helpers";

const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

// The sweep is cut into shards (every SHARDS-th page) so the two workers share it and a slow machine
// spends a shard's timeout, not the whole sweep's, on each.
const SHARDS = 4;

for (const colorScheme of ["light", "dark"] as const) {
  for (let shard = 0; shard < SHARDS; shard++) {
    test(`every sitemap page passes axe in ${colorScheme} mode (shard ${shard + 1}/${SHARDS})`, async ({
      page,
      request,
    }) => {
      test.setTimeout(300_000);
      await page.emulateMedia({ colorScheme });
      const all = await sitemapPaths(request);
      expect(all.length).toBeGreaterThan(10);
      const paths = all.filter((_, index) => index % SHARDS === shard);
      const failures: string[] = [];
      for (const path of paths) {
        await page.goto(path);
        const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
        for (const v of violations)
          failures.push(`${path}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(" ")}`);
      }
      expect(failures).toEqual([]);
    });
  }
}

for (let shard = 0; shard < SHARDS; shard++) {
  test(`no page logs a console error or violates the CSP (shard ${shard + 1}/${SHARDS})`, async ({
    page,
    request,
  }) => {
    test.setTimeout(300_000);
    const problems = await watchPageProblems(page);
    const paths = [
      ...(await sitemapPaths(request)),
      "/sv/search?q=34513",
      "/en/search?q=vault",
      "/sv/no-such-page",
    ].filter((_, index) => index % SHARDS === shard);
    const seen: string[] = [];
    for (const path of paths) {
      const before = problems.length;
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      for (const p of problems.slice(before)) seen.push(`${path}: ${p}`);
      // Every in-page link lands somewhere on the page (a section link on an error page would not).
      const deadAnchors = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')]
          .map((link) => link.getAttribute("href")!.slice(1))
          .filter((id) => id && !document.getElementById(decodeURIComponent(id))),
      );
      for (const id of deadAnchors) seen.push(`${path}: link to #${id}, which is not on the page`);
    }
    // The 404 page's own "Failed to load resource: 404" console line is the browser reporting the status we sent.
    expect(seen.filter((line) => !/no-such-page: console: Failed to load resource.*404/.test(line))).toEqual(
      [],
    );
  });
}
