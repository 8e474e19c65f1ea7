// The importer takes a document's language from its front matter, in the URL form the portal serves.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { importMsDocs } from "./import-msdocs";

const corpus = path.resolve(fileURLToPath(new URL("../../", import.meta.url)), "../shared/corpus");

const doc = (contentLocale: string | undefined) =>
  [
    "---",
    "title: T",
    "ms.service: backup",
    "ms.date: 01/02/2024",
    ...(contentLocale === undefined ? [] : [`ms.contentlocale: ${contentLocale}`]),
    "---",
    "# Title",
    "",
    "See [the other article](other-article.md).",
    "",
  ].join("\n");

const importDoc = (contentLocale: string | undefined, locale?: string) =>
  importMsDocs(doc(contentLocale), { file: "docs/x.md", ...(locale ? { locale } : {}) });

describe("the locale of an imported document", () => {
  it("is the front matter's language in URL form, for the French and Japanese corpus documents", () => {
    for (const [file, locale] of [
      ["mars-fr.md", "fr"],
      ["mars-ja.md", "ja"],
      ["snapshot-timeout-sv-2018.md", "sv"],
    ] as const) {
      const imported = importMsDocs(readFileSync(path.join(corpus, file)), { file });
      expect(imported.locale, file).toBe(locale);
    }
  });

  it.each([
    ["sv-SE", "sv"],
    ["fr-fr", "fr"],
    ["ja-JP", "ja"],
    ["zh-Hans", "zh-hans"],
    ["pt-BR", "pt"],
    ["pt-PT", "pt-pt"],
  ])("maps ms.contentlocale %s to %s", (tag, locale) => {
    expect(importDoc(tag).locale).toBe(locale);
  });

  it("keeps the front matter's tag for links to the source site", () => {
    expect(importDoc("ja-JP").mdx).toContain("https://learn.microsoft.com/ja-jp/azure/backup/other-article");
  });

  it("links to the source site in the locale's likely language folder when the front matter has none", () => {
    expect(importDoc(undefined, "fr").mdx).toContain(
      "https://learn.microsoft.com/fr-fr/azure/backup/other-article",
    );
  });

  it("lets --locale decide over the front matter, read by the same rule", () => {
    expect(importDoc("sv-SE", "pt-PT").locale).toBe("pt-pt");
    expect(importDoc("sv-SE", "ja").locale).toBe("ja");
  });

  it("warns about a front-matter locale that is no language tag, and imports it as English", () => {
    const imported = importDoc("Svenska (Sverige)");
    expect(imported.locale).toBe("en");
    expect(imported.diagnostics).toContainEqual(
      expect.objectContaining({
        severity: "warning",
        message: expect.stringContaining('locale "Svenska (Sverige)" is not a BCP-47 language tag'),
      }),
    );
  });
});
