// The search page: works without JavaScript. An exact code with one error jumps straight to its page.
import type { Metadata } from "next";
import { SearchForm } from "@/components/search/search-form";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getCatalog } from "@/lib/content/source.server";
import { getUiStrings } from "@/lib/i18n/ui-strings";
import { requireLocale } from "@/lib/site/route-entities.server";
import { buildLanguageLinks } from "@/lib/site/page-twins";
import { searchContent } from "@/lib/site/search-service.server";
import { searchPath } from "@/lib/site/urls";
import { PageShell } from "@/components/page-shell";
import { SearchResults } from "@/components/search/search-results";
import { recordPageSearch } from "@/lib/feedback/feedback-handlers.server";

export const metadata: Metadata = { robots: { index: false } };

export default async function SearchPage({ params, searchParams }: PageProps<"/[locale]/search">) {
  const locale = await requireLocale(params);
  const raw = (await searchParams).q;
  const query = (Array.isArray(raw) ? raw[0] : raw) ?? "";
  const t = getUiStrings(locale);
  const response = query.trim() ? await searchContent(query, { locale, limit: 20 }) : undefined;
  if (response) await recordPageSearch(response, locale, "page");
  const [top] = response?.results ?? [];
  const exactCodes = response?.understood.codes.filter((c) => c.known) ?? [];
  const codeHits = response?.results.filter((r) => r.kind === "error" && r.matchedCode) ?? [];
  // A query naming one known code of exactly one error (typed alone or inside a pasted message) needs no results page.
  if (
    top &&
    exactCodes.length === 1 &&
    codeHits.length === 1 &&
    top === codeHits[0] &&
    query.trim().length <= 40
  ) {
    redirect(top.url);
  }
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
          {response.suggestions.length > 0 && (
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
          )}
          <SearchResults response={response} t={t} />
        </div>
      )}
    </PageShell>
  );
}
