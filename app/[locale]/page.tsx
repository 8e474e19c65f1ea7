// Home: the search box in focus, then the products with their counts and a few codes each (never every code:
// the A–Z index and the product pages list them all).
import { countWords } from "@/lib/i18n/count-words";
import type { Metadata } from "next";
import Link from "next/link";
import { getCatalog, listArticles, listErrors } from "@/lib/content/source.server";
import { fillTemplate } from "@/lib/i18n/fill-template";
import { summarizeProducts } from "@/lib/site/browse";
import { getUiStrings } from "@/lib/i18n/ui-strings";
import { requireLocale } from "@/lib/site/route-entities.server";
import { alternateLanguages, buildLanguageLinks } from "@/lib/site/page-twins";
import { codeIndexPath, homePath, productPath, searchPath } from "@/lib/site/urls";
import { PageShell } from "@/components/page-shell";
import { isBrowserSearchEnabled } from "@/lib/site/search-service.server";
import { SearchBox } from "@/components/search/search-box";
import { searchBoxLabels } from "@/components/search/search-box-labels";
import { CodePills } from "@/components/browse/code-pills";

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
  const [articles, errors] = await Promise.all([listArticles(locale), listErrors(locale)]);
  const products = summarizeProducts(articles, errors);
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

      <section aria-labelledby="products-heading" className="mt-10">
        <h2 id="products-heading" className="text-xl font-bold">
          {t.products}
        </h2>
        <ul className="mt-3 grid gap-4 sm:grid-cols-2">
          {products.map((product) => (
            <li key={product.slug} className="min-w-0 rounded-lg border border-line bg-card p-4">
              <h3 className="font-semibold">
                <Link href={productPath(locale, product.slug)} className="text-accent underline">
                  {product.name}
                </Link>
              </h3>
              <p className="text-sm text-muted">
                {countWords(locale, product.articles.length, {
                  one: t.articleCountOne,
                  other: t.articleCount,
                })}{" "}
                · {countWords(locale, product.errorCount, { one: t.errorCountOne, other: t.errorCount })}
              </p>
              {product.sampleCodes.length > 0 && (
                <>
                  <CodePills locale={locale} codes={product.sampleCodes} />
                  {product.errorCount > product.sampleCodes.length && (
                    <p className="mt-2 text-sm">
                      <Link href={productPath(locale, product.slug)} className="text-accent underline">
                        {fillTemplate(t.allProductCodes, { product: product.name })}
                      </Link>
                    </p>
                  )}
                </>
              )}
            </li>
          ))}
        </ul>
        <p className="mt-6">
          <Link href={codeIndexPath(locale)} className="text-accent underline">
            {t.browseCodes}
          </Link>
        </p>
      </section>
    </PageShell>
  );
}
