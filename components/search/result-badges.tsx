// Under a result's title: its product, and its language when that is not the page's (a fallback result).
import type { SearchResult } from "@/lib/search/search-types";
import { describeLanguage } from "@/lib/i18n/language-name";
import type { UiStrings } from "@/lib/i18n/ui-strings";

interface ResultBadgesProps {
  result: SearchResult;
  /** The page's locale: the language names are written in it. */
  locale: string;
  t: UiStrings;
}

export function ResultBadges({ result, locale, t }: ResultBadgesProps) {
  if (!result.product && !result.otherLanguage) return null;
  return (
    <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-muted">
      {result.product && <span data-testid="result-product">{result.product}</span>}
      {result.otherLanguage && (
        <span
          data-testid="result-language"
          className="rounded-full border border-line bg-card px-2 py-0.5 text-xs font-semibold text-ink"
        >
          {t.searchOnlyIn} <span lang={result.locale}>{describeLanguage(result.locale, locale)}</span>
        </span>
      )}
    </p>
  );
}
