// 404 inside a language (unknown error, article or flow id). Not-found pages get no params, but the
// language is a root parameter, readable without making the page dynamic.
import { locale as rootLocale } from "next/root-params";
import { isLocaleTag } from "@/lib/schema/locales";
import { DEFAULT_LOCALE } from "@/lib/i18n/negotiate-locale";
import { NotFoundContent } from "@/components/not-found-content";
import { PageShell } from "@/components/page-shell";

export default async function LocaleNotFound() {
  const value = await rootLocale();
  const locale = isLocaleTag(value) ? value : DEFAULT_LOCALE;
  return (
    <PageShell locale={locale}>
      <NotFoundContent locale={locale} />
    </PageShell>
  );
}
