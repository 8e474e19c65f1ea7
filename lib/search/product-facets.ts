/** Products in search: which products the matches belong to, how a `product=` value names one, groups by product. */
import type { SearchIndex } from "./search-index";
import type { ProductFacet, ProductGroup, SearchResult } from "./search-types";

/** The comparable form of a product name: trimmed, spaces collapsed, lower case (`Azure  files` = `azure files`). */
export function describeProductKey(product: string): string {
  return product.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
}

/**
 * Counts matches per product (numbers of `index.products`), most first, then by name; matches without a product
 * are not a facet.
 */
export function countProducts(index: SearchIndex, docs: Iterable<number>): ProductFacet[] {
  const counts = new Map<number, number>();
  for (const doc of docs) {
    const product = index.productOf[doc]!;
    counts.set(product, (counts.get(product) ?? 0) + 1);
  }
  return [...counts]
    .filter(([product]) => index.products[product]!.key !== "")
    .map(([product, count]) => ({ product: index.products[product]!.name, count }))
    .sort((a, b) => b.count - a.count || (a.product < b.product ? -1 : a.product > b.product ? 1 : 0));
}

/** Groups results by product, products in the order of their first result (a code clash, a code's chooser). */
export function groupByProduct(results: readonly SearchResult[]): ProductGroup[] {
  const groups = new Map<string, ProductGroup>();
  for (const result of results) {
    const group = groups.get(result.product);
    if (group) group.results.push(result);
    else groups.set(result.product, { product: result.product, results: [result] });
  }
  return [...groups.values()];
}
