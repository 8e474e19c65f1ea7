// The search page: works without JavaScript. An exact code with one error jumps straight to its page, which
// then offers the way back to this list; a code several products use shows the chooser; a weak best match
// says so and offers suggestions and products first; a miss says so once and offers ways forward.
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getCatalog, listErrors } from "@/lib/content/source.server";
import { getUiStrings } from "@/lib/i18n/ui-strings";
import { readProductParam } from "@/lib/api/api-query";
import { requireLocale } from "@/lib/site/route-entities.server";
import { buildLanguageLinks } from "@/lib/site/page-twins";
import { searchContent } from "@/lib/site/search-service.server";
import { buildSearchPageView, LIST_PARAM, pickCommonCodes } from "@/lib/site/search-page-view";
import { searchPath } from "@/lib/site/urls";
import { PageShell } from "@/components/page-shell";
import { SearchForm } from "@/components/search/search-form";
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
  const view = response && buildSearchPageView(response, { keepList: readParam(raw[LIST_PARAM]) === "1" });
  if (view?.jumpTo) redirect(view.jumpTo);
  const common = view?.noResults ? pickCommonCodes(await listErrors(locale), locale) : [];
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
      <div className="mt-3">
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
      </div>
      {!response && <p className="mt-4 text-muted">{t.searchEmpty}</p>}
      {response && view && (
        <div className="mt-4 space-y-4 [overflow-wrap:anywhere]">
          {view.understood.length > 0 && (
            <p className="text-sm" data-testid="understood">
              {t.searchUnderstoodAs}: {view.understood.join("; ")}
            </p>
          )}
          {view.note && <p className="text-sm text-muted">{view.note}</p>}
          {view.noResults && (
            <div data-testid="no-results" className="space-y-2">
              <h2 className="text-lg font-bold">
                {t.searchNoResultsFor} <q>{response.query}</q>
              </h2>
              <p>{t.searchTips}</p>
            </div>
          )}
          {response.match === "weak" ? (
            <WeakMatchNotice
              suggestions={view.suggestions}
              products={response.products}
              hrefFor={hrefFor}
              query={query}
              t={t}
            />
          ) : (
            view.suggestions.length > 0 && (
              <p data-testid="suggestions">
                {t.searchSuggestions}:{" "}
                {view.suggestions.map((suggestion, i) => (
                  <span key={suggestion}>
                    {i > 0 && ", "}
                    <Link href={hrefFor(suggestion)} className="text-accent underline">
                      {suggestion}
                    </Link>
                  </span>
                ))}
              </p>
            )
          )}
          {common.length > 0 && (
            <div data-testid="common-codes">
              <p>{t.searchTryCodes}</p>
              <ul className="mt-2 flex flex-wrap gap-2">
                {common.map((item) => (
                  <li key={item.href}>
                    <Link
                      href={item.href}
                      title={item.title}
                      className="inline-block max-w-full rounded-full border border-line bg-card px-3 py-1 font-mono text-sm hover:border-accent"
                    >
                      {item.code}
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
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
