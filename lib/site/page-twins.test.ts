import { describe, expect, it } from "vitest";
import { alternateLanguages, buildLanguageLinks, findTwinLocales, pagePath } from "./page-twins";
import { threeLocaleCatalog as catalog } from "./twin-test-catalog";
import { searchPath } from "./urls";

describe("findTwinLocales", () => {
  it("finds site pages in every served locale", () => {
    expect(findTwinLocales(catalog, { kind: "home" })).toEqual(["en", "fr", "ja"]);
    expect(findTwinLocales(catalog, { kind: "api-docs" })).toEqual(["en", "fr", "ja"]);
  });
  it("finds an entity page only where the entity is", () => {
    expect(findTwinLocales(catalog, { kind: "error", id: "quota-exceeded" })).toEqual(["en", "fr", "ja"]);
    expect(findTwinLocales(catalog, { kind: "error-fix", id: "token-expired" })).toEqual(["en", "fr"]);
    expect(findTwinLocales(catalog, { kind: "flow", id: "troubleshoot-restore-problems" })).toEqual([
      "en",
      "ja",
    ]);
    expect(findTwinLocales(catalog, { kind: "error", id: "missing" })).toEqual([]);
  });
});

describe("alternateLanguages (hreflang)", () => {
  it("links every twin, the page itself included", () => {
    expect(alternateLanguages(catalog, { kind: "error", id: "quota-exceeded" })).toEqual({
      en: "/en/errors/quota-exceeded",
      fr: "/fr/errors/quota-exceeded",
      ja: "/ja/errors/quota-exceeded",
    });
    expect(alternateLanguages(catalog, { kind: "article", id: "sync-agent" })).toEqual({
      en: "/en/articles/sync-agent",
      fr: "/fr/articles/sync-agent",
      ja: "/ja/articles/sync-agent",
    });
  });
});

describe("buildLanguageLinks (the language switch)", () => {
  it("lists the other twins, each named in its own language and remembered on click", () => {
    expect(buildLanguageLinks(catalog, { kind: "error", id: "quota-exceeded" }, "fr")).toEqual([
      { locale: "en", name: "English", href: "/en/errors/quota-exceeded?lang=en" },
      { locale: "ja", name: "日本語", href: "/ja/errors/quota-exceeded?lang=ja" },
    ]);
  });
  it("leaves out languages without the page", () => {
    const links = buildLanguageLinks(catalog, { kind: "error", id: "token-expired" }, "fr");
    expect(links.map((link) => link.locale)).toEqual(["en"]);
    expect(buildLanguageLinks(catalog, { kind: "error", id: "token-expired" }, "ja")).toHaveLength(2);
  });
  it("keeps the visitor's query: the search words survive the switch", () => {
    const links = buildLanguageLinks(catalog, { kind: "search" }, "en", (locale) =>
      searchPath(locale, "scratch"),
    );
    expect(links.map((link) => link.href)).toEqual([
      "/fr/search?q=scratch&lang=fr",
      "/ja/search?q=scratch&lang=ja",
    ]);
  });
  it("builds paths from the one URL scheme", () => {
    expect(pagePath({ kind: "error-fix", id: "x" }, "pt-br")).toBe("/pt-br/errors/x/fix");
    expect(pagePath({ kind: "home" }, "zh-hans")).toBe("/zh-hans");
  });
});
