// Browsing a big catalog: products with their articles and counts, a few codes per product for the home page,
// and the A–Z code index cut into static pages. Pure: given a locale's entities, no I/O.
import type { Article, ErrorEntry, Flow } from "../schema/entities";

/** A product of one locale: its URL slug, articles (by title), error count and flows per article. */
export interface ProductSummary {
  name: string;
  slug: string;
  /** One sentence about the product, from the products file, if it has one. */
  description?: string;
  articles: Article[];
  errorCount: number;
  /** The product's first codes in document order, one per error, at most `sampleSize`. */
  sampleCodes: CodeEntry[];
}

/** One code of one error, as listed in an index. */
export interface CodeEntry {
  code: string;
  errorId: string;
  title: string;
  product: string;
}

/**
 * The URL segment of a product name, the same in every locale since twins share the name:
 * `Azure Backup MARS agent` → `azure-backup-mars-agent`; letters of any script are kept (`データ` stays).
 */
export function productSlug(name: string): string {
  return (
    name
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\p{M}]+/gu, "-")
      .replace(/^-+|-+$/g, "")
      .normalize("NFC")
      .slice(0, 80)
      .replace(/-+$/, "") || "product"
  );
}

/** The URL segment of an article's product: the products file's slug, else derived from the product's name. */
export function articleProductSlug(article: Pick<Article, "product" | "productSlug">): string {
  return article.productSlug ?? productSlug(article.product);
}

/** Products of a locale, sorted by name; `sampleSize` codes each for listings that must stay short. */
export function summarizeProducts(
  articles: readonly Article[],
  errors: readonly ErrorEntry[],
  sampleSize = 6,
): ProductSummary[] {
  const productOf = new Map(articles.map((a) => [a.id, articleProductSlug(a)]));
  const bySlug = new Map<string, ProductSummary>();
  for (const article of articles) {
    const slug = articleProductSlug(article);
    let product = bySlug.get(slug);
    if (!product) {
      product = {
        name: article.product,
        slug,
        ...(article.productDescription ? { description: article.productDescription } : {}),
        articles: [],
        errorCount: 0,
        sampleCodes: [],
      };
      bySlug.set(slug, product);
    }
    product.articles.push(article);
  }
  for (const error of errors) {
    const product = bySlug.get(productOf.get(error.article) ?? "");
    if (!product) continue;
    product.errorCount++;
    const code = error.codes[0];
    if (code && product.sampleCodes.length < sampleSize)
      product.sampleCodes.push({ code, errorId: error.id, title: error.title, product: product.name });
  }
  const products = [...bySlug.values()].sort((a, b) => compare(a.name, b.name));
  for (const product of products) product.articles.sort((a, b) => compare(a.title, b.title));
  return products;
}

/** The product a slug names, or undefined. */
export function findProduct(products: readonly ProductSummary[], slug: string): ProductSummary | undefined {
  return products.find((p) => p.slug === slug);
}

/** The flows of each article, for listings that show them under their article (none: no heading). */
export function flowsByArticle(flows: readonly Flow[]): Map<string, Flow[]> {
  return groupBy(flows, (flow) => flow.article);
}

/**
 * Every code of the errors of `articles` (a code two errors share is listed under each), sorted; errors of
 * other articles are left out, so a product page lists only its own codes.
 */
export function listCodes(articles: readonly Article[], errors: readonly ErrorEntry[]): CodeEntry[] {
  const productOf = new Map(articles.map((a) => [a.id, a.product]));
  const entries = errors.flatMap((error) =>
    (productOf.has(error.article) ? error.codes : []).map((code) => ({
      code,
      errorId: error.id,
      title: error.title,
      product: productOf.get(error.article) ?? "",
    })),
  );
  return entries.sort((a, b) => compare(a.code, b.code) || compare(a.errorId, b.errorId));
}

/** The group a code is listed under: its first letter `a`–`z`, `0-9` for a digit, `other` otherwise. */
export function codeGroup(code: string): string {
  const first = code.normalize("NFKD").charAt(0).toLowerCase();
  if (/[a-z]/.test(first)) return first;
  if (/[0-9]/.test(first)) return "0-9";
  return "other";
}

/** One static page of the code index: its segment (`a`, `a-2`, `0-9`, `0-9-3`), its group and its codes. */
export interface CodeIndexPage {
  segment: string;
  group: string;
  page: number;
  pages: number;
  codes: CodeEntry[];
}

/** Groups in index order: digits, then letters, then everything else. */
const GROUP_ORDER = ["0-9", ..."abcdefghijklmnopqrstuvwxyz", "other"];

/** The code index cut into pages of at most `pageSize` codes, each group starting a page; groups in order. */
export function paginateCodes(codes: readonly CodeEntry[], pageSize = 300): CodeIndexPage[] {
  const groups = groupBy(codes, (entry) => codeGroup(entry.code));
  return GROUP_ORDER.flatMap((group) => {
    const entries = groups.get(group) ?? [];
    const pages = Math.ceil(entries.length / pageSize);
    return Array.from({ length: pages }, (_, i) => ({
      segment: i === 0 ? group : `${group}-${i + 1}`,
      group,
      page: i + 1,
      pages,
      codes: entries.slice(i * pageSize, (i + 1) * pageSize),
    }));
  });
}

function compare(a: string, b: string): number {
  return a.localeCompare(b, "en", { numeric: true, sensitivity: "base" }) || (a < b ? -1 : a > b ? 1 : 0);
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
