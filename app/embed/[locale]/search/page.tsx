// Embeddable search (/embed/<locale>/search?q=): a form that stays in the frame, results open the portal in a new tab.
import type { Metadata } from "next";
import { SearchForm } from "@/components/search/search-form";
import { requireLocale } from "@/lib/site/route-entities.server";
import { getUiStrings } from "@/lib/i18n/ui-strings";
import { searchContent } from "@/lib/site/search-service.server";
import { MAX_QUERY_LENGTH } from "@/lib/search/ranking";
import { searchPath } from "@/lib/site/urls";
import { DEFAULT_EMBED_OPTIONS, parseEmbedOptions } from "@/lib/api/embed-options";
import { EmbedFrame } from "@/components/embed/embed-frame";
import { recordPageSearch } from "@/lib/feedback/feedback-handlers.server";
import { ResultBadges } from "@/components/search/result-badges";

export const metadata: Metadata = { title: "Search" };

export default async function EmbedSearchPage({ params, searchParams }: PageProps<"/embed/[locale]/search">) {
  const locale = await requireLocale(params);
  const query = await searchParams;
  const options = parseEmbedOptions(query);
  const raw = query.q;
  const q = ((Array.isArray(raw) ? raw[0] : raw) ?? "").slice(0, MAX_QUERY_LENGTH);
  const t = getUiStrings(locale);
  const response = q.trim() ? await searchContent(q, { locale, limit: 10 }) : undefined;
  if (response) await recordPageSearch(response, locale, "embed");
  return (
    <EmbedFrame options={options} fullHref={searchPath(locale, q || undefined)} fullLabel={t.notFoundSearch}>
      <SearchForm
        action={`/embed/${locale}/search`}
        target="_self"
        inputId="embed-search-input"
        label={t.searchLabel}
        buttonLabel={t.searchButton}
        defaultValue={q}
        placeholder={t.searchPlaceholder}
        hidden={{
          ...(options.theme !== DEFAULT_EMBED_OPTIONS.theme ? { theme: options.theme } : {}),
          ...(options.compact ? { compact: "1" } : {}),
        }}
      />
      {response && response.results.length === 0 && <p className="font-semibold">{t.searchNoResults}</p>}
      {response?.match === "weak" && (
        <p className="font-semibold" data-testid="weak-match">
          {t.searchWeakMatch}
        </p>
      )}
      {response && response.results.length > 0 && (
        <ol className="space-y-2" data-testid="embed-search-results">
          {response.results.map((result) => (
            <li key={result.url} className="rounded border border-line p-2 [overflow-wrap:anywhere]">
              <a
                href={result.url}
                target="_blank"
                rel="noopener"
                className="font-semibold text-accent underline"
              >
                {result.title}
              </a>
              {result.codes.length > 0 && (
                <span className="ms-2 font-mono text-sm">{result.codes.join(", ")}</span>
              )}
              {!options.compact && result.snippet && (
                <p className="mt-1 text-sm text-muted">{result.snippet}</p>
              )}
              {!options.compact && <ResultBadges result={result} locale={locale} t={t} />}
            </li>
          ))}
        </ol>
      )}
    </EmbedFrame>
  );
}
