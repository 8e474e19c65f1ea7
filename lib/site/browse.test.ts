import { describe, expect, it } from "vitest";
import type { Article, ErrorEntry } from "../schema/entities";
import { threeCauseError } from "../flows/flow-test-fixtures";
import { codeGroup, listCodes, paginateCodes, productSlug, summarizeProducts } from "./browse";
import { anchorInArticle, buildBreadcrumbs } from "./breadcrumbs";

const article = (id: string, product: string, title = id): Article => ({
  id,
  locale: "en",
  title,
  description: "D",
  product,
  updated: "2024-01-01",
  sourcePath: `content/en/${id}.mdx`,
  errors: [],
  flows: [],
  toc: [],
  text: "",
  anchors: [],
  renamedIds: {},
  brokenLinks: [],
});

const error = (id: string, articleId: string, codes: string[]): ErrorEntry => ({
  ...threeCauseError,
  id,
  locale: "en",
  article: articleId,
  title: `Title of ${id}`,
  codes,
});

describe("products of a big catalog", () => {
  const articles = [
    article("vault-errors", "Azure Backup", "Vault errors"),
    article("agent-errors", "Azure Backup", "Agent errors"),
    article("e0308", "Rust compiler"),
  ];
  const errors = [
    ...Array.from({ length: 20 }, (_, i) => error(`agent-${i}`, "agent-errors", [`0x${100 + i}`])),
    error("no-code", "vault-errors", []),
    error("mismatched-types", "e0308", ["E0308"]),
  ];

  it("names products by their name, counts their errors and lists only a few codes each", () => {
    const products = summarizeProducts(articles, errors, 6);
    expect(products.map((p) => [p.name, p.slug, p.articles.map((a) => a.title), p.errorCount])).toEqual([
      ["Azure Backup", "azure-backup", ["Agent errors", "Vault errors"], 21],
      ["Rust compiler", "rust-compiler", ["e0308"], 1],
    ]);
    expect(products[0]!.sampleCodes.map((c) => c.code)).toEqual([
      "0x100",
      "0x101",
      "0x102",
      "0x103",
      "0x104",
      "0x105",
    ]);
  });

  it("makes URL slugs of any product name, keeping letters of any script", () => {
    expect(productSlug("Azure Backup MARS agent")).toBe("azure-backup-mars-agent");
    expect(productSlug("Sauvegarde Azure (agent)")).toBe("sauvegarde-azure-agent");
    expect(productSlug("データ保護")).toBe("データ保護");
    expect(productSlug("!!!")).toBe("product");
  });
});

describe("the A–Z code index", () => {
  it("groups codes by first character and cuts each group into pages", () => {
    const codes = listCodes(
      [article("a", "P")],
      [error("x", "a", ["b2", "B10", "a1", "0x1", "#7", "ÄB"]), error("y", "a", ["b1"])],
    );
    expect(codes.map((c) => c.code)).toEqual(["#7", "0x1", "a1", "ÄB", "b1", "b2", "B10"]);
    expect(["#7", "0x1", "ÄB", "b1"].map(codeGroup)).toEqual(["other", "0-9", "a", "b"]);
    const pages = paginateCodes(codes, 2);
    expect(pages.map((p) => [p.segment, p.page, p.pages, p.codes.map((c) => c.code)])).toEqual([
      ["0-9", 1, 1, ["0x1"]],
      ["a", 1, 1, ["a1", "ÄB"]],
      ["b", 1, 2, ["b1", "b2"]],
      ["b-2", 2, 2, ["B10"]],
      ["other", 1, 1, ["#7"]],
    ]);
  });
});

describe("a product's codes", () => {
  it("are those of its own articles only, never another product's", () => {
    const errors = [error("x", "a", ["A1"]), error("y", "b", ["B1"])];
    expect(listCodes([article("a", "P")], errors).map((c) => c.code)).toEqual(["A1"]);
  });
});

describe("breadcrumbs", () => {
  it("leads from home through the product and the article to the page, the page unlinked", () => {
    const crumbs = buildBreadcrumbs("en", "Home", {
      article: article("agent-errors", "Azure Backup", "Agent errors"),
      current: "Error 0x100",
    });
    expect(crumbs).toEqual([
      { label: "Home", href: "/en" },
      { label: "Azure Backup", href: "/en/products/azure-backup" },
      { label: "Agent errors", href: "/en/articles/agent-errors" },
      { label: "Error 0x100" },
    ]);
    expect(buildBreadcrumbs("en", "Home", { article: article("a", "P", "A") }).at(-1)).toEqual({
      label: "A",
    });
  });

  it("finds a renamed error's anchor on its article's page", () => {
    const renamed = { ...article("b", "P"), renamedIds: { same: "b-same" } };
    expect(anchorInArticle(renamed, "b-same")).toBe("same");
    expect(anchorInArticle(renamed, "other")).toBe("other");
  });
});
