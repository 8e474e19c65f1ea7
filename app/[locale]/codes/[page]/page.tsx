// One page of the A–Z code index: the codes of one group (a letter, digits or other), at most a few hundred.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { listArticles, listErrors, listLocales } from "@/lib/content/source.server";
import { getUiStrings } from "@/lib/i18n/ui-strings";
import { fillTemplate } from "@/lib/i18n/fill-template";
import { listCodes, paginateCodes } from "@/lib/site/browse";
import { buildBreadcrumbs } from "@/lib/site/breadcrumbs";
import { requireLocale } from "@/lib/site/route-entities.server";
import { codeIndexPath, errorPath } from "@/lib/site/urls";
import { PageShell } from "@/components/page-shell";
import { CodeIndexNav, codeIndexPageLabel } from "@/components/browse/code-index-nav";

export const dynamicParams = false;

export async function generateStaticParams() {
  const params: { locale: string; page: string }[] = [];
  for (const locale of await listLocales()) {
    const pages = paginateCodes(listCodes(await listArticles(locale), await listErrors(locale)));
    for (const page of pages) params.push({ locale, page: page.segment });
  }
  return params;
}

async function load(params: Promise<{ locale: string; page: string }>) {
  const locale = await requireLocale(params);
  const { page: segment } = await params;
  const pages = paginateCodes(listCodes(await listArticles(locale), await listErrors(locale)));
  const page = pages.find((p) => p.segment === segment) ?? notFound();
  return { locale, pages, page };
}

export async function generateMetadata({ params }: PageProps<"/[locale]/codes/[page]">): Promise<Metadata> {
  const { locale, page } = await load(params);
  const t = getUiStrings(locale);
  return {
    title: `${t.codeIndex}: ${codeIndexPageLabel(page, t.codeIndexOther)}`,
    alternates: { canonical: codeIndexPath(locale, page.segment) },
  };
}

export default async function CodeIndexPageRoute({ params }: PageProps<"/[locale]/codes/[page]">) {
  const { locale, pages, page } = await load(params);
  const t = getUiStrings(locale);
  const group = codeIndexPageLabel({ group: page.group, page: 1 }, t.codeIndexOther);
  return (
    <PageShell
      locale={locale}
      breadcrumbs={[
        ...buildBreadcrumbs(locale, t.home, { current: t.codeIndex }).slice(0, -1),
        { label: t.codeIndex, href: codeIndexPath(locale) },
        { label: codeIndexPageLabel(page, t.codeIndexOther) },
      ]}
    >
      <h1 className="text-2xl font-bold sm:text-3xl">
        {fillTemplate(t.codeIndexGroup, { group })}
        {page.pages > 1 && (
          <span className="ms-2 text-base font-normal text-muted">
            {fillTemplate(t.codeIndexPage, { page: page.page, pages: page.pages })}
          </span>
        )}
      </h1>
      <CodeIndexNav
        locale={locale}
        pages={pages}
        current={page.segment}
        label={t.codeIndexPages}
        otherLabel={t.codeIndexOther}
      />
      <table className="mt-6 w-full table-fixed border-collapse text-sm">
        <thead>
          <tr className="border-b border-line text-start">
            <th scope="col" className="w-2/5 py-2 text-start sm:w-1/4">
              {t.errorCodes}
            </th>
            <th scope="col" className="py-2 text-start">
              {t.searchGroupErrors}
            </th>
          </tr>
        </thead>
        <tbody>
          {page.codes.map((entry) => (
            <tr key={`${entry.code}-${entry.errorId}`} className="border-b border-line align-top">
              <td className="py-2 pe-3 font-mono break-all">
                <Link href={errorPath(locale, entry.errorId)} className="text-accent underline">
                  {entry.code}
                </Link>
              </td>
              <td className="py-2">
                <span className="break-words">{entry.title}</span>
                {entry.product && <span className="block text-muted">{entry.product}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </PageShell>
  );
}
