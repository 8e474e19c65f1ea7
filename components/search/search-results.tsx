// Search results grouped by kind (errors, then fix procedures, then articles and sections), words highlighted.
import Link from "next/link";
import type { SearchResponse, SearchResult } from "@/lib/search/search-types";
import { highlightTerms } from "@/lib/search/highlight-terms";
import type { UiStrings } from "@/lib/i18n/ui-strings";
import { HighlightedText } from "./highlighted-text";

function ResultItem({ result }: { result: SearchResult }) {
  return (
    <li className="rounded-lg border border-line p-3 [overflow-wrap:anywhere]" data-result-id={result.id}>
      <Link href={result.url} className="font-semibold text-accent underline">
        <HighlightedText segments={highlightTerms(result.title, result.matchedTerms)} />
      </Link>
      {result.codes.length > 0 && (
        <span className="ms-2 font-mono text-sm">
          {result.codes.map((code) =>
            code === result.matchedCode ? <mark key={code}>{code}</mark> : <span key={code}>{code} </span>,
          )}
        </span>
      )}
      {result.snippet && (
        <p className="mt-1 text-sm text-muted">
          <HighlightedText segments={highlightTerms(result.snippet, result.matchedTerms)} />
        </p>
      )}
    </li>
  );
}

export function SearchResults({ response, t }: { response: SearchResponse; t: UiStrings }) {
  const groups: Array<[string, SearchResult[]]> = [
    [t.searchGroupErrors, response.results.filter((r) => r.kind === "error")],
    [t.searchGroupFlows, response.results.filter((r) => r.kind === "flow")],
    [t.searchGroupArticles, response.results.filter((r) => r.kind === "section" || r.kind === "article")],
  ];
  return (
    <div className="space-y-6">
      {groups
        .filter(([, results]) => results.length > 0)
        .map(([heading, results]) => (
          <section key={heading} aria-label={heading}>
            <h2 className="text-lg font-bold">{heading}</h2>
            <ol className="mt-2 space-y-2">
              {results.map((result) => (
                <ResultItem key={result.url} result={result} />
              ))}
            </ol>
          </section>
        ))}
    </div>
  );
}
