// The A–Z index of every error code of a locale: the pages to choose from, each with how many codes it holds.
import { countWords } from "@/lib/i18n/count-words";
import type { Metadata } from "next";
import { getCatalog, listArticles, listErrors } from "@/lib/content/source.server";
import { getUiStrings } from "@/lib/i18n/ui-strings";
import { listCodes, paginateCodes } from "@/lib/site/browse";
import { buildBreadcrumbs } from "@/lib/site/breadcrumbs";
import { alternateLanguages, buildLanguageLinks } from "@/lib/site/page-twins";
import { requireLocale } from "@/lib/site/route-entities.server";
import { codeIndexPath } from "@/lib/site/urls";
import { PageShell } from "@/components/page-shell";
import { CodeIndexNav } from "@/components/browse/code-index-nav";

const CODES = { kind: "codes" } as const;

export async function generateMetadata({ params }: PageProps<"/[locale]/codes">): Promise<Metadata> {
  const locale = await requireLocale(params);
  return {
    title: getUiStrings(locale).codeIndex,
    alternates: {
      canonical: codeIndexPath(locale),
      languages: alternateLanguages(await getCatalog(), CODES),
    },
  };
}

export default async function CodeIndexPage({ params }: PageProps<"/[locale]/codes">) {
  const locale = await requireLocale(params);
  const t = getUiStrings(locale);
  const codes = listCodes(await listArticles(locale), await listErrors(locale));
  const pages = paginateCodes(codes);
  return (
    <PageShell
      locale={locale}
      languages={buildLanguageLinks(await getCatalog(), CODES, locale)}
      breadcrumbs={buildBreadcrumbs(locale, t.home, { current: t.codeIndex })}
    >
      <h1 className="text-2xl font-bold sm:text-3xl">{t.codeIndex}</h1>
      <p className="mt-1 text-muted">
        {t.codeIndexIntro} {countWords(locale, codes.length, { one: t.errorCountOne, other: t.errorCount })}
      </p>
      <CodeIndexNav locale={locale} pages={pages} label={t.codeIndexPages} otherLabel={t.codeIndexOther} />
    </PageShell>
  );
}
