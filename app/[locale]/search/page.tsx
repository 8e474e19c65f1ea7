// The search page: works without JavaScript. An exact code with one error jumps straight to its page, which
// then offers the way back to this list; a miss says so once and offers ways forward.
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getCatalog, listErrors } from "@/lib/content/source.server";
import { getUiStrings } from "@/lib/i18n/ui-strings";
import { requireLocale } from "@/lib/site/route-entities.server";
import { buildLanguageLinks } from "@/lib/site/page-twins";
import { searchContent } from "@/lib/site/search-service.server";
import { buildSearchPageView, LIST_PARAM, pickCommonCodes } from "@/lib/site/search-page-view";
import { searchPath } from "@/lib/site/urls";
import { PageShell } from "@/components/page-shell";
import { SearchForm } from "@/components/search/search-form";
import { SearchResults } from "@/components/search/search-results";

export const metadata: Metadata = { robots: { index: false } };

const firstValue = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function SearchPage({ params, searchParams }: PageProps<"/[locale]/search">) {
  const locale = await requireLocale(params);
  const query = await searchParams;
  const q = firstValue(query.q) ?? "";
  const t = getUiStrings(locale);
  const response = q.trim() ? await searchContent(q, { locale, limit: 20 }) : undefined;
  const view = response && buildSearchPageView(response, { keepList: firstValue(query[LIST_PARAM]) === "1" });
  if (view?.jumpTo) redirect(view.jumpTo);
  const common = view?.noResults ? pickCommonCodes(await listErrors(locale), locale) : [];
  return (
    <PageShell
      locale={locale}
      languages={buildLanguageLinks(await getCatalog(), { kind: "search" }, locale, (twin) =>
        searchPath(twin, q || undefined),
      )}
    >
      <h1 className="text-2xl font-bold">{t.searchPageTitle}</h1>
      <div className="mt-3">
        <SearchForm
          action={searchPath(locale)}
          inputId="search-page-input"
          label={t.searchLabel}
          buttonLabel={t.searchButton}
          defaultValue={q}
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
          {view.suggestions.length > 0 && (
            <p data-testid="suggestions">
              {t.searchSuggestions}:{" "}
              {view.suggestions.map((suggestion, i) => (
                <span key={suggestion}>
                  {i > 0 && ", "}
                  <Link href={searchPath(locale, suggestion)} className="text-accent underline">
                    {suggestion}
                  </Link>
                </span>
              ))}
            </p>
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
          <SearchResults response={response} t={t} />
        </div>
      )}
    </PageShell>
  );
}
