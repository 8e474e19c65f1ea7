// Said first when the best result explains too little of the query: nothing matched well, so here is what to
// try (similar codes, corrected words) and the products to search in, before any closest match.
import Link from "next/link";
import type { ProductFacet } from "@/lib/search/search-types";
import type { UiStrings } from "@/lib/i18n/ui-strings";

interface WeakMatchNoticeProps {
  suggestions: string[];
  products: ProductFacet[];
  /** The search page's address for a query and a product. */
  hrefFor: (query: string, product?: string) => string;
  query: string;
  t: UiStrings;
}

export function WeakMatchNotice({ suggestions, products, hrefFor, query, t }: WeakMatchNoticeProps) {
  return (
    <section
      role="status"
      aria-labelledby="weak-match-title"
      data-testid="weak-match"
      className="rounded-lg border border-line bg-card p-4"
    >
      <h2 id="weak-match-title" className="text-lg font-bold">
        {t.searchWeakMatch}
      </h2>
      {suggestions.length > 0 && (
        <p className="mt-2" data-testid="suggestions">
          {t.searchSuggestions}:{" "}
          {suggestions.map((suggestion, i) => (
            <span key={suggestion}>
              {i > 0 && ", "}
              <Link href={hrefFor(suggestion)} className="break-all text-accent underline">
                {suggestion}
              </Link>
            </span>
          ))}
        </p>
      )}
      {products.length > 0 && (
        <>
          <p className="mt-2">{t.searchWeakMatchHint}</p>
          <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
            {products.map((facet) => (
              <li key={facet.product}>
                <Link href={hrefFor(query, facet.product)} className="text-accent underline">
                  {facet.product}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
