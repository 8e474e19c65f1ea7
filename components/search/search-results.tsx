// Search results grouped by kind (errors, then fix procedures, then articles and sections), words highlighted,
// each with its product and, when shown in another language than the page's, that language.
import Link from "next/link";
import type { SearchResult } from "@/lib/search/search-types";
import { highlightTerms } from "@/lib/search/highlight-terms";
import type { UiStrings } from "@/lib/i18n/ui-strings";
import { HighlightedText } from "./highlighted-text";
import { ResultBadges } from "./result-badges";

function ResultItem({ result, locale, t }: { result: SearchResult; locale: string; t: UiStrings }) {
  return (
    <li className="rounded-lg border border-line p-3 [overflow-wrap:anywhere]" data-result-id={result.id}>
      <Link
        href={result.url}
        className="font-semibold text-accent underline"
        {...(result.otherLanguage ? { hrefLang: result.locale } : {})}
      >
        <HighlightedText segments={highlightTerms(result.title, result.matchedTerms)} />
      </Link>
      {result.codes.length > 0 && (
        <span className="ms-2 font-mono text-sm wrap-anywhere">
          {result.codes.map((code) =>
            code === result.matchedCode ? <mark key={code}>{code}</mark> : <span key={code}>{code} </span>,
          )}
        </span>
      )}
      {result.snippet && (
        <p className="mt-1 text-sm text-muted" {...(result.otherLanguage ? { lang: result.locale } : {})}>
          <HighlightedText segments={highlightTerms(result.snippet, result.matchedTerms)} />
        </p>
      )}
      <ResultBadges result={result} locale={locale} t={t} />
    </li>
  );
}

interface SearchResultsProps {
  results: SearchResult[];
  locale: string;
  t: UiStrings;
  /** A heading over all groups, e.g. when the matches are weak. */
  caption?: string;
}

export function SearchResults({ results, locale, t, caption }: SearchResultsProps) {
  const groups: Array<[string, SearchResult[]]> = [
    [t.searchGroupErrors, results.filter((r) => r.kind === "error")],
    [t.searchGroupFlows, results.filter((r) => r.kind === "flow")],
    [t.searchGroupArticles, results.filter((r) => r.kind === "section" || r.kind === "article")],
  ];
  const GroupHeading = caption ? "h3" : "h2";
  return (
    <div className="space-y-6">
      {caption && results.length > 0 && <h2 className="text-lg font-bold">{caption}</h2>}
      {groups
        .filter(([, group]) => group.length > 0)
        .map(([heading, group]) => (
          <section key={heading} aria-label={heading}>
            <GroupHeading className="text-lg font-bold">{heading}</GroupHeading>
            <ol className="mt-2 space-y-2">
              {group.map((result) => (
                <ResultItem key={result.url} result={result} locale={locale} t={t} />
              ))}
            </ol>
          </section>
        ))}
    </div>
  );
}
