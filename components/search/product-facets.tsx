// The product facet: narrow a search to one product, or back to all, with the number of matches of each.
import Link from "next/link";
import type { ProductFacet } from "@/lib/search/search-types";
import type { UiStrings } from "@/lib/i18n/ui-strings";

interface ProductFacetsProps {
  products: ProductFacet[];
  /** The product the results are narrowed to, if any. */
  current?: string;
  /** The search page's address for a product (undefined: all products). */
  hrefFor: (product?: string) => string;
  t: UiStrings;
}

const linkClass = "inline-flex min-h-11 items-center rounded-full border px-3 text-sm";

export function ProductFacets({ products, current, hrefFor, t }: ProductFacetsProps) {
  const total = products.reduce((sum, facet) => sum + facet.count, 0);
  const selected = (product?: string) =>
    (product?.toLowerCase() ?? "") === (current?.toLowerCase() ?? "")
      ? { "aria-current": "true" as const }
      : {};
  const style = (product?: string) =>
    `${linkClass} ${Object.keys(selected(product)).length ? "border-accent bg-accent text-accent-ink" : "border-line bg-card text-ink hover:border-accent"}`;
  return (
    <nav aria-label={t.searchProductFacet} data-testid="product-facets">
      <h2 className="text-sm font-semibold text-muted">{t.searchProductFacet}</h2>
      <ul className="mt-2 flex flex-wrap gap-2">
        <li>
          <Link href={hrefFor()} className={style()} {...selected()}>
            {t.searchAllProducts}
            {!current && <span className="ml-1">({total})</span>}
          </Link>
        </li>
        {products.map((facet) => (
          <li key={facet.product}>
            <Link href={hrefFor(facet.product)} className={style(facet.product)} {...selected(facet.product)}>
              {facet.product} <span className="ml-1">({facet.count})</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
