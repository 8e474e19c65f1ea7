// The body of every 404 page: what happened, results for the address's words, and a search form.
import type { Locale } from "@/lib/schema/entities";
import { getUiStrings } from "@/lib/i18n/ui-strings";
import { searchPath } from "@/lib/site/urls";
import { NotFoundSuggestions } from "./not-found-suggestions";

export function NotFoundContent({ locale }: { locale: Locale }) {
  const t = getUiStrings(locale);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t.notFoundTitle}</h1>
      <p>{t.notFoundBody}</p>
      <NotFoundSuggestions locale={locale} emptyText={t.searchNoResults} />
      <form
        action={searchPath(locale)}
        method="get"
        role="search"
        aria-label={t.searchLabel}
        className="flex gap-2"
      >
        <label htmlFor="notfound-search" className="sr-only">
          {t.searchLabel}
        </label>
        <input
          id="notfound-search"
          name="q"
          type="search"
          maxLength={2000}
          className="min-w-0 flex-1 rounded border border-line bg-page px-3 py-2"
        />
        <button type="submit" className="rounded bg-accent px-3 py-2 font-semibold text-accent-ink">
          {t.notFoundSearch}
        </button>
      </form>
    </div>
  );
}
