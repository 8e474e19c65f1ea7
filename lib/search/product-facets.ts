/** Products in search: which products the matches belong to, how a `product=` value names one, groups by product. */
import type { ProductFacet, ProductGroup, SearchResult } from "./search-types";

/** The comparable form of a product name: trimmed, spaces collapsed, lower case (`Azure  files` = `azure files`). */
export function describeProductKey(product: string): string {
  return product.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
}

/**
 * Counts matches per product, most first (then by name); one spelling per product (the first in sorted order),
 * and matches without a product are not a facet.
 */
export function countProducts(products: readonly string[]): ProductFacet[] {
  const counts = new Map<string, ProductFacet>();
  for (const product of [...products].sort()) {
    const key = describeProductKey(product);
    if (!key) continue;
    const facet = counts.get(key);
    if (facet) facet.count++;
    else counts.set(key, { product: product.trim().replace(/\s+/g, " "), count: 1 });
  }
  return [...counts.values()].sort(
    (a, b) => b.count - a.count || (a.product < b.product ? -1 : a.product > b.product ? 1 : 0),
  );
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
