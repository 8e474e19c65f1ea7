// A product: its articles (with their fix procedures when they have any) and its error codes.
import { countWords } from "@/lib/i18n/count-words";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getCatalog, listArticles, listErrors, listFlows, listLocales } from "@/lib/content/source.server";
import { getUiStrings } from "@/lib/i18n/ui-strings";
import { fillTemplate } from "@/lib/i18n/fill-template";
import { findProduct, flowsByArticle, listCodes, summarizeProducts } from "@/lib/site/browse";
import { buildBreadcrumbs } from "@/lib/site/breadcrumbs";
import { alternateLanguages, buildLanguageLinks } from "@/lib/site/page-twins";
import { requireLocale } from "@/lib/site/route-entities.server";
import { codeIndexPath, productPath } from "@/lib/site/urls";
import { PageShell } from "@/components/page-shell";
import { ArticleItem } from "@/components/browse/article-item";
import { CodePills } from "@/components/browse/code-pills";

export const dynamicParams = false;

/** At most this many codes on a product page; a bigger product links to the A–Z index instead. */
const MAX_CODES = 400;

export async function generateStaticParams() {
  const params: { locale: string; product: string }[] = [];
  for (const locale of await listLocales()) {
    const products = summarizeProducts(await listArticles(locale), await listErrors(locale), 0);
    for (const product of products) params.push({ locale, product: product.slug });
  }
  return params;
}

async function load(params: Promise<{ locale: string; product: string }>) {
  const locale = await requireLocale(params);
  const slug = decodeURIComponent((await params).product);
  const articles = await listArticles(locale);
  const errors = await listErrors(locale);
  const product = findProduct(summarizeProducts(articles, errors, 0), slug) ?? notFound();
  return { locale, product, errors };
}

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/products/[product]">): Promise<Metadata> {
  const { locale, product } = await load(params);
  return {
    title: product.name,
    alternates: {
      canonical: productPath(locale, product.slug),
      languages: alternateLanguages(await getCatalog(), { kind: "product", id: product.slug }),
    },
  };
}

export default async function ProductPage({ params }: PageProps<"/[locale]/products/[product]">) {
  const { locale, product, errors } = await load(params);
  const t = getUiStrings(locale);
  const flows = flowsByArticle(await listFlows(locale));
  const codes = listCodes(product.articles, errors);
  return (
    <PageShell
      locale={locale}
      product={product.name}
      languages={buildLanguageLinks(await getCatalog(), { kind: "product", id: product.slug }, locale)}
      breadcrumbs={buildBreadcrumbs(locale, t.home, { current: product.name })}
    >
      <h1 className="text-2xl font-bold sm:text-3xl">{product.name}</h1>
      {product.description ? <p className="mt-2">{product.description}</p> : null}
      <p className="mt-1 text-muted">
        {countWords(locale, product.articles.length, { one: t.articleCountOne, other: t.articleCount })} ·{" "}
        {countWords(locale, product.errorCount, { one: t.errorCountOne, other: t.errorCount })}
      </p>
      <section aria-labelledby="articles-heading" className="mt-8">
        <h2 id="articles-heading" className="text-xl font-bold">
          {t.productArticles}
        </h2>
        <ul className="mt-3 space-y-4">
          {product.articles.map((article) => (
            <ArticleItem
              key={article.id}
              locale={locale}
              article={article}
              flows={flows.get(article.id) ?? []}
              procedures={t.procedures}
            />
          ))}
        </ul>
      </section>
      {codes.length > 0 && (
        <section aria-labelledby="codes-heading" className="mt-10">
          <h2 id="codes-heading" className="text-xl font-bold">
            {fillTemplate(t.productCodes, { product: product.name })}
          </h2>
          <CodePills locale={locale} codes={codes.slice(0, MAX_CODES)} />
          {codes.length > MAX_CODES && (
            <p className="mt-3">
              <Link href={codeIndexPath(locale)} className="text-accent underline">
                {t.browseCodes}
              </Link>
            </p>
          )}
        </section>
      )}
    </PageShell>
  );
}
