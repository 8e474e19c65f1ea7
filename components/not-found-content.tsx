// The body of every 404 page: what happened, results for the address's words, and a search form.
import Link from "next/link";
import type { Locale } from "@/lib/schema/entities";
import { SearchForm } from "./search/search-form";
import { getUiStrings } from "@/lib/i18n/ui-strings";
import { homePath, searchPath } from "@/lib/site/urls";
import { NotFoundSuggestions } from "./not-found-suggestions";

export function NotFoundContent({ locale }: { locale: Locale }) {
  const t = getUiStrings(locale);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t.notFoundTitle}</h1>
      <p>{t.notFoundBody}</p>
      <NotFoundSuggestions locale={locale} emptyText={t.searchNoResults} />
      <SearchForm
        action={searchPath(locale)}
        inputId="notfound-search"
        label={t.searchLabel}
        buttonLabel={t.notFoundSearch}
      />
      <p>
        <Link href={homePath(locale)} className="text-accent underline">
          {t.notFoundHome}
        </Link>
      </p>
    </div>
  );
}
