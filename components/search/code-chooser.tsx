// The errors that share a code, grouped by product, for the visitor to pick theirs: on the search page when a
// query's code stays ambiguous, and on a code's permanent link (/errors/code/<code>).
import Link from "next/link";
import type { ProductGroup } from "@/lib/search/search-types";
import type { UiStrings } from "@/lib/i18n/ui-strings";
import { ResultBadges } from "./result-badges";

interface CodeChooserProps {
  code: string;
  groups: ProductGroup[];
  locale: string;
  t: UiStrings;
  /** Heading level of the chooser's title: `h1` on a code's own page, `h2` inside search results. */
  level: "h1" | "h2";
}

export function CodeChooser({ code, groups, locale, t, level }: CodeChooserProps) {
  const Title = level;
  const GroupTitle = level === "h1" ? "h2" : "h3";
  return (
    <section aria-labelledby="code-chooser-title" data-testid="code-chooser">
      <Title id="code-chooser-title" className={level === "h1" ? "text-2xl font-bold" : "text-lg font-bold"}>
        {t.searchClashTitle} <code className="break-all">{code}</code>
      </Title>
      <p className="mt-1">{t.searchClashBody}</p>
      <div className="mt-3 space-y-4">
        {groups.map((group) => (
          <section key={group.product} aria-label={group.product || code} data-product={group.product}>
            {group.product && <GroupTitle className="font-semibold">{group.product}</GroupTitle>}
            <ul className="mt-2 space-y-2">
              {group.results.map((result) => (
                <li key={result.url} className="rounded-lg border border-line p-3" data-result-id={result.id}>
                  <Link href={result.url} className="font-semibold text-accent underline">
                    <span className="font-mono">{result.matchedCode ?? code}</span> — {result.title}
                  </Link>
                  {result.snippet && <p className="mt-1 text-sm text-muted">{result.snippet}</p>}
                  <ResultBadges result={{ ...result, product: "" }} locale={locale} t={t} />
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </section>
  );
}
