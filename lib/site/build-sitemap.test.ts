import { describe, expect, it } from "vitest";
import type { Catalog } from "../schema/entities";
import { buildSitemap } from "./build-sitemap";

const source = { file: "content/sv/a.mdx", line: 1, column: 1 };
const catalog: Catalog = {
  articles: [],
  flows: [],
  diagnostics: [],
  errors: (["sv", "en"] as const).map((locale) => ({
    id: "sallowdiskspace",
    locale,
    article: "a",
    title: "SalLowDiskSpace",
    codes: ["SalLowDiskSpace"],
    message: "",
    causes: [],
    actions: [],
    source,
  })),
};

describe("buildSitemap", () => {
  it("lists each error once per locale with both languages as alternates", () => {
    const entries = buildSitemap(catalog, "https://fixpath.example");
    const sv = entries.find((e) => e.url === "https://fixpath.example/sv/errors/sallowdiskspace");
    expect(sv?.alternates?.languages).toEqual({
      sv: "https://fixpath.example/sv/errors/sallowdiskspace",
      en: "https://fixpath.example/en/errors/sallowdiskspace",
    });
    expect(entries.filter((e) => e.url.endsWith("/errors/sallowdiskspace"))).toHaveLength(2);
  });

  it("lists the home and API pages of every locale", () => {
    const urls = buildSitemap(catalog, "https://fixpath.example").map((e) => e.url);
    expect(urls).toEqual(
      expect.arrayContaining(["https://fixpath.example/sv", "https://fixpath.example/en/api-docs"]),
    );
  });
});
