import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { importMsDocs } from "../ingest/import-msdocs";
import { summarizeProducts } from "../site/browse";
import { buildSitemap } from "../site/build-sitemap";
import { buildCatalog, formatDiagnostic } from "./build-catalog";
import { parseProductsFile, ProductIndex } from "./products-file";

const PRODUCTS = [
  "azure-backup-mars-agent:",
  "  name:",
  "    en: Azure Backup MARS agent",
  "    sv: Azure Backup MARS-agenten",
  "  description:",
  "    en: Backs up files and folders of Windows machines.",
  "  aliases: [backup, Azure Backup agent]",
  "contoso-sync:",
  "  name: Contoso Sync",
  "",
].join("\n");

describe("parseProductsFile", () => {
  it("reads products by slug with names per locale, falling back to the language, English, then the first", () => {
    const { products, diagnostics } = parseProductsFile(PRODUCTS, "content/products.yaml");
    expect(diagnostics).toEqual([]);
    const index = new ProductIndex(products!);
    expect(index.resolve("backup", "sv")).toEqual({
      slug: "azure-backup-mars-agent",
      name: "Azure Backup MARS-agenten",
    });
    expect(index.resolve("BACKUP", "sv-fi")?.name).toBe("Azure Backup MARS-agenten");
    expect(index.resolve("azure-backup-mars-agent", "fr")).toEqual({
      slug: "azure-backup-mars-agent",
      name: "Azure Backup MARS agent",
    });
    expect(index.resolve("azure-backup-mars-agent", "en-gb")).toEqual({
      slug: "azure-backup-mars-agent",
      name: "Azure Backup MARS agent",
      description: "Backs up files and folders of Windows machines.",
    });
    expect(index.resolve("Azure Backup MARS-agenten", "en")?.slug).toBe("azure-backup-mars-agent");
    expect(index.resolve("Contoso Sync", "ja")).toEqual({ slug: "contoso-sync", name: "Contoso Sync" });
    expect(index.resolve("Fabrikam", "en")).toBeUndefined();
  });

  it("locates what is wrong: a bad slug, a missing name, an unknown key, an empty name, bad YAML", () => {
    const text = [
      "Bad Slug:",
      "  name: X",
      "no-name:",
      "  aliases: [y]",
      "typo:",
      "  name: Z",
      "  descripton: oops",
      "empty-name:",
      "  name: {}",
      "",
    ].join("\n");
    const lines = parseProductsFile(text, "content/products.yaml").diagnostics.map(formatDiagnostic);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^content\/products\.yaml:1:1 error products\.yaml Bad Slug: .*slug is its URL segment/,
        ),
        expect.stringMatching(
          /^content\/products\.yaml:4:3 error products\.yaml no-name\.name: name is missing/,
        ),
        expect.stringMatching(/^content\/products\.yaml:7:3 error products\.yaml typo\.descripton: /),
        expect.stringMatching(/^content\/products\.yaml:9:9 error products\.yaml empty-name\.name: /),
      ]),
    );
    expect(parseProductsFile("a: [\n", "p.yaml").diagnostics[0]).toMatchObject({
      severity: "error",
      line: 2,
    });
  });

  it("refuses a name or alias that two products claim", () => {
    const text = "a:\n  name: A\n  aliases: [shared]\nb:\n  name: B\n  aliases: [Shared]\n";
    const { products, diagnostics } = parseProductsFile(text, "p.yaml");
    expect(products).toBeUndefined();
    expect(diagnostics.map((d) => d.message)).toEqual([
      'products.yaml: "shared" names both a and b: keep it on one product only',
    ]);
  });
});

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function makeRoot(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), "fixpath-products-"));
  roots.push(root);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, "content", name)), { recursive: true });
    writeFileSync(path.join(root, "content", name), text);
  }
  return root;
}

const article = (product: string) =>
  `---\ntitle: Agent errors\ndescription: D\nproduct: ${product}\nupdated: 2024-01-01\n---\n\n<Error id="e1" title="The agent failed" codes="0x100">\n\n<Message>The agent failed.</Message>\n\n</Error>\n`;

describe("the catalog names products through the products file", () => {
  it("gives twins their locale's product name under one shared slug, and lists the description", async () => {
    const root = makeRoot({
      "products.yaml": PRODUCTS,
      "en/agent.mdx": article("backup"),
      "sv/agent.mdx": article("azure-backup-mars-agent"),
    });
    const catalog = await buildCatalog({ root });
    expect(catalog.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
    expect(catalog.articles.map((a) => [a.locale, a.product, a.productSlug])).toEqual([
      ["en", "Azure Backup MARS agent", "azure-backup-mars-agent"],
      ["sv", "Azure Backup MARS-agenten", "azure-backup-mars-agent"],
    ]);
    const [sv] = summarizeProducts(
      catalog.articles.filter((a) => a.locale === "sv"),
      catalog.errors.filter((e) => e.locale === "sv"),
    );
    expect(sv).toMatchObject({
      name: "Azure Backup MARS-agenten",
      slug: "azure-backup-mars-agent",
      errorCount: 1,
    });
    const [en] = summarizeProducts(
      catalog.articles.filter((a) => a.locale === "en"),
      catalog.errors.filter((e) => e.locale === "en"),
    );
    expect(en!.description).toBe("Backs up files and folders of Windows machines.");
    const sitemap = JSON.stringify(buildSitemap(catalog, "https://fixpath.example.org"));
    expect(sitemap).toContain("/sv/products/azure-backup-mars-agent");
    expect(sitemap).not.toContain("/sv/products/azure-backup-mars-agenten");
  });

  it("warns at the front matter line of a product the file does not list, and keeps the article's text", async () => {
    const root = makeRoot({ "products.yaml": PRODUCTS, "en/agent.mdx": article("Fabrikam Widgets") });
    const catalog = await buildCatalog({ root });
    expect(catalog.diagnostics.map(formatDiagnostic)).toContain(
      'content/en/agent.mdx:4:1 warning product "Fabrikam Widgets" is not in products.yaml: add it there (slug, name per locale, aliases) or write one of its slugs or names',
    );
    expect(catalog.articles[0]).toMatchObject({ product: "Fabrikam Widgets" });
    expect(catalog.articles[0]!.productSlug).toBeUndefined();
  });

  it("fails the build on a broken products file, located", async () => {
    const root = makeRoot({ "products.yaml": "x:\n  title: X\n", "en/agent.mdx": article("X") });
    const problems = (await buildCatalog({ root })).diagnostics.map(formatDiagnostic);
    expect(problems.some((p) => p.startsWith("content/products.yaml:2:3 error"))).toBe(true);
  });
});

describe("the importer writes a listed ms.service as the product's slug", () => {
  const source =
    "---\ntitle: Agent\nms.service: backup\nms.date: 01/02/2024\n---\n\n# Agent errors\n\n## Error 0x100\n\nError message: The agent failed.\n";

  it("uses the slug when the products file lists the service, and the service as a name otherwise", () => {
    const products = new ProductIndex(parseProductsFile(PRODUCTS, "p.yaml").products!);
    expect(importMsDocs(source, { file: "agent.md", products }).mdx).toMatch(
      /^product: azure-backup-mars-agent$/m,
    );
    expect(importMsDocs(source, { file: "agent.md" }).mdx).toMatch(/^product: Azure Backup$/m);
  });
});
