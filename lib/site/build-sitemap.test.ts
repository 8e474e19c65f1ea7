import { describe, expect, it } from "vitest";
import { buildSitemap } from "./build-sitemap";
import { threeLocaleCatalog as catalog } from "./twin-test-catalog";

const ORIGIN = "https://fixpath.example";

describe("buildSitemap", () => {
  const entries = buildSitemap(catalog, ORIGIN);
  const entry = (path: string) => entries.find((e) => e.url === ORIGIN + path);

  it("lists each page once per locale that has it, with all its twins as alternates", () => {
    expect(entries.filter((e) => e.url.endsWith("/errors/quota-exceeded"))).toHaveLength(3);
    expect(entry("/ja/errors/quota-exceeded")?.alternates?.languages).toEqual({
      en: `${ORIGIN}/en/errors/quota-exceeded`,
      fr: `${ORIGIN}/fr/errors/quota-exceeded`,
      ja: `${ORIGIN}/ja/errors/quota-exceeded`,
    });
  });

  it("names only the twins that exist", () => {
    expect(entry("/fr/errors/token-expired")?.alternates?.languages).toEqual({
      en: `${ORIGIN}/en/errors/token-expired`,
      fr: `${ORIGIN}/fr/errors/token-expired`,
    });
    expect(entry("/ja/errors/token-expired")).toBeUndefined();
    expect(
      Object.keys(entry("/en/flows/troubleshoot-restore-problems")?.alternates?.languages ?? {}),
    ).toEqual(["en", "ja"]);
  });

  it("lists the home and API pages of every served locale, and no other", () => {
    const urls = entries.map((e) => e.url);
    for (const locale of ["en", "fr", "ja"]) {
      expect(urls).toContain(`${ORIGIN}/${locale}`);
      expect(urls).toContain(`${ORIGIN}/${locale}/api-docs`);
    }
    expect(urls.filter((url) => /^https:\/\/fixpath\.example\/[a-z-]+$/.test(url))).toHaveLength(3);
  });

  it("dates each page by its own article in its own locale", () => {
    expect(entry("/fr/articles/sync-agent")?.lastModified).toBe("2024-03-02");
    expect(entry("/ja/errors/quota-exceeded")?.lastModified).toBe("2024-03-03");
  });

  it("is empty of site pages for an empty catalog", () => {
    expect(buildSitemap({ articles: [], errors: [], flows: [], diagnostics: [] }, ORIGIN)).toEqual([]);
  });
});
