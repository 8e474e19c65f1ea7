// Home: the search box in focus, the products and their articles, and the error codes people look up.
import type { Metadata } from "next";
import Link from "next/link";
import { getCatalog, listArticles, listErrors, listFlows } from "@/lib/content/source.server";
import { getUiStrings } from "@/lib/i18n/ui-strings";
import { requireLocale } from "@/lib/site/route-entities.server";
import { alternateLanguages, buildLanguageLinks } from "@/lib/site/page-twins";
import { articlePath, errorPath, flowPath, homePath, searchPath } from "@/lib/site/urls";
import { PageShell } from "@/components/page-shell";
import { isBrowserSearchEnabled } from "@/lib/site/search-service.server";
import { SearchBox } from "@/components/search/search-box";
import { searchBoxLabels } from "@/components/search/search-box-labels";

const HOME = { kind: "home" } as const;

export async function generateMetadata({ params }: PageProps<"/[locale]">): Promise<Metadata> {
  const locale = await requireLocale(params);
  return {
    alternates: { canonical: homePath(locale), languages: alternateLanguages(await getCatalog(), HOME) },
  };
}

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const locale = await requireLocale(params);
  const t = getUiStrings(locale);
  const [articles, errors, flows] = await Promise.all([
    listArticles(locale),
    listErrors(locale),
    listFlows(locale),
  ]);
  const products = [...new Set(articles.map((a) => a.product))].sort();
  const coded = errors.filter((e) => e.codes.length > 0);
  return (
    <PageShell locale={locale} languages={buildLanguageLinks(await getCatalog(), HOME, locale)}>
      <h1 className="text-3xl font-bold">{t.siteName}</h1>
      <p className="mt-1 text-muted">{t.tagline}</p>
      <div className="mt-6">
        <SearchBox
          browserIndex={await isBrowserSearchEnabled()}
          locale={locale}
          action={searchPath(locale)}
          labels={searchBoxLabels(t)}
          formLabel={t.searchLabel}
          inputId="home-search"
          autoFocus
          large
        />
      </div>
      <p className="mt-2 text-sm text-muted">{t.searchShortcutHint}</p>

      <section aria-labelledby="codes-heading" className="mt-10">
        <h2 id="codes-heading" className="text-xl font-bold">
          {t.commonCodes}
        </h2>
        <ul className="mt-3 flex flex-wrap gap-2">
          {coded.flatMap((e) =>
            e.codes.map((code) => (
              <li key={`${e.id}-${code}`}>
                <Link
                  href={errorPath(locale, e.id)}
                  title={e.title}
                  className="inline-block rounded-full border border-line bg-card px-3 py-1 font-mono text-sm hover:border-accent"
                >
                  {code}
                </Link>
              </li>
            )),
          )}
        </ul>
      </section>

      <section aria-labelledby="products-heading" className="mt-10">
        <h2 id="products-heading" className="text-xl font-bold">
          {t.products}
        </h2>
        {products.map((product) => (
          <div key={product} className="mt-3">
            <h3 className="font-semibold">{product}</h3>
            <ul className="mt-1 space-y-2">
              {articles
                .filter((a) => a.product === product)
                .map((a) => (
                  <li key={a.id}>
                    <Link href={articlePath(locale, a.id)} className="text-accent underline">
                      {a.title}
                    </Link>
                    <p className="text-sm text-muted">{a.description}</p>
                    <h4 className="mt-2 text-sm font-semibold">{t.procedures}</h4>
                    <ul className="mt-1 list-disc space-y-1 ps-6 text-sm leading-6">
                      {flows
                        .filter((flow) => flow.article === a.id)
                        .map((flow) => (
                          <li key={flow.id}>
                            <Link href={flowPath(locale, flow.id)} className="text-accent underline">
                              {flow.title}
                            </Link>
                          </li>
                        ))}
                    </ul>
                  </li>
                ))}
            </ul>
          </div>
        ))}
      </section>
    </PageShell>
  );
}
