// The search page: works without JavaScript. An exact code with one error jumps straight to its page; a code
// several products use shows the chooser; a weak best match says so and offers suggestions and products first.
import type { Metadata } from "next";
import { SearchForm } from "@/components/search/search-form";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getCatalog } from "@/lib/content/source.server";
import { getUiStrings } from "@/lib/i18n/ui-strings";
import { readProductParam } from "@/lib/api/api-query";
import { requireLocale } from "@/lib/site/route-entities.server";
import { buildLanguageLinks } from "@/lib/site/page-twins";
import { searchContent } from "@/lib/site/search-service.server";
import { searchPath } from "@/lib/site/urls";
import { PageShell } from "@/components/page-shell";
import { CodeChooser } from "@/components/search/code-chooser";
import { ProductFacets } from "@/components/search/product-facets";
import { SearchResults } from "@/components/search/search-results";
import { WeakMatchNotice } from "@/components/search/weak-match-notice";
import { recordPageSearch } from "@/lib/feedback/feedback-handlers.server";

export const metadata: Metadata = { robots: { index: false } };

/** The first value of a query parameter. */
function readParam(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

export default async function SearchPage({ params, searchParams }: PageProps<"/[locale]/search">) {
  const locale = await requireLocale(params);
  const raw = await searchParams;
  const query = readParam(raw.q);
  // A product name that is too long or holds control characters narrows nothing: the page still answers.
  const narrow = new URLSearchParams({ product: readParam(raw.product), context: readParam(raw.context) });
  const product = readProductParam(narrow, "product");
  const context = readProductParam(narrow, "context");
  const productFilter = product.ok ? product.product : undefined;
  const contextProduct = context.ok ? context.product : undefined;
  const t = getUiStrings(locale);
  const response = query.trim()
    ? await searchContent(query, {
        locale,
        limit: 20,
        ...(productFilter ? { product: productFilter } : {}),
        ...(contextProduct ? { contextProduct } : {}),
      })
    : undefined;
  if (response) await recordPageSearch(response, locale, "page");
  const [top] = response?.results ?? [];
  const exactCodes = response?.understood.codes.filter((c) => c.known) ?? [];
  const codeHits = response?.results.filter((r) => r.kind === "error" && r.matchedCode) ?? [];
  // A query naming one known code of exactly one error (typed alone or inside a pasted message) needs no results page.
  if (
    top &&
    !response?.clash &&
    exactCodes.length === 1 &&
    codeHits.length === 1 &&
    top === codeHits[0] &&
    query.trim().length <= 40
  ) {
    redirect(top.url);
  }
  const hrefFor = (q: string, productName?: string) => searchPath(locale, q, { product: productName });
  const chosen = new Set(response?.clash?.groups.flatMap((g) => g.results.map((r) => r.url)) ?? []);
  const rest = response?.results.filter((r) => !chosen.has(r.url)) ?? [];
  return (
    <PageShell
      locale={locale}
      languages={buildLanguageLinks(await getCatalog(), { kind: "search" }, locale, (twin) =>
        searchPath(twin, query || undefined),
      )}
    >
      <h1 className="text-2xl font-bold">{t.searchPageTitle}</h1>
      <SearchForm
        action={searchPath(locale)}
        inputId="search-page-input"
        label={t.searchLabel}
        buttonLabel={t.searchButton}
        defaultValue={query}
        hidden={{
          ...(productFilter ? { product: productFilter } : {}),
          ...(contextProduct ? { context: contextProduct } : {}),
        }}
      />
      {!response && <p className="mt-4 text-muted">{t.searchEmpty}</p>}
      {response && (
        <div className="mt-4 space-y-4">
          {response.understood.codes.length > 0 && (
            <p className="text-sm" data-testid="understood">
              {t.searchUnderstoodAs}: {response.understood.codes.map((c) => c.description).join("; ")}
            </p>
          )}
          {response.understood.message && <p className="text-sm text-muted">{response.understood.message}</p>}
          {response.results.length === 0 && <p className="font-semibold">{t.searchNoResults}</p>}
          {response.match === "weak" ? (
            <WeakMatchNotice
              suggestions={response.suggestions}
              products={response.products}
              hrefFor={hrefFor}
              query={query}
              t={t}
            />
          ) : (
            response.suggestions.length > 0 && (
              <p data-testid="suggestions">
                {t.searchSuggestions}:{" "}
                {response.suggestions.map((s, i) => (
                  <span key={s}>
                    {i > 0 && ", "}
                    <Link href={searchPath(locale, s)} className="text-accent underline">
                      {s}
                    </Link>
                  </span>
                ))}
              </p>
            )
          )}
          {(response.products.length > 1 || response.product) && (
            <ProductFacets
              products={response.products}
              current={response.product}
              hrefFor={(productName) => searchPath(locale, query, { product: productName })}
              t={t}
            />
          )}
          {response.clash && (
            <CodeChooser
              code={response.clash.code}
              groups={response.clash.groups}
              locale={locale}
              t={t}
              level="h2"
            />
          )}
          <SearchResults
            results={rest}
            locale={locale}
            t={t}
            {...(response.match === "weak" ? { caption: t.searchClosestMatches } : {})}
          />
        </div>
      )}
    </PageShell>
  );
}
