// A whole article, rendered from its compiled MDX with Fixpath's components and a table of contents.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getMDXComponent } from "mdx-bundler/client";
import { getArticle, getArticleBody, getCatalog } from "@/lib/content/source.server";
import { getUiStrings } from "@/lib/i18n/ui-strings";
import { openGraphLocale } from "@/lib/i18n/locale-info";
import { requireLocale } from "@/lib/site/route-entities.server";
import { alternateLanguages, buildLanguageLinks } from "@/lib/site/page-twins";
import { articlePath, errorPath, siteOrigin } from "@/lib/site/urls";
import { PageShell } from "@/components/page-shell";
import { TableOfContents } from "@/components/table-of-contents";
import { LegacyAnchorRedirect } from "@/components/legacy-anchor-redirect";
import { buildBreadcrumbs } from "@/lib/site/breadcrumbs";
import { buildMdxComponents } from "@/components/mdx/mdx-components";
import { PrintSource } from "@/components/print-source";

// Every id is prerendered; the proxy sends an unknown one to the language's own 404 (app/[locale]/missing).
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getCatalog()).articles.map((a) => ({ locale: a.locale, id: a.id }));
}

async function load(params: Promise<{ locale: string; id: string }>) {
  const { id } = await params;
  const article = await getArticle(await requireLocale(params), id);
  if (!article) notFound();
  return article;
}

export async function generateMetadata({ params }: PageProps<"/[locale]/articles/[id]">): Promise<Metadata> {
  const article = await load(params);
  const languages = alternateLanguages(await getCatalog(), { kind: "article", id: article.id });
  return {
    title: article.title,
    description: article.description,
    alternates: { canonical: articlePath(article.locale, article.id), languages },
    openGraph: {
      title: article.title,
      description: article.description,
      type: "article",
      locale: openGraphLocale(article.locale),
    },
  };
}

export default async function ArticlePage({ params }: PageProps<"/[locale]/articles/[id]">) {
  const article = await load(params);
  const t = getUiStrings(article.locale);
  const languages = buildLanguageLinks(
    await getCatalog(),
    { kind: "article", id: article.id },
    article.locale,
  );
  const { code } = await getArticleBody(article.locale, article.id);
  // A server component renders once per build: there is no state for a re-created component to lose.
  const Body = getMDXComponent(code);
  // Old links to an error's anchor in its article (`#<id>`, the only address an error had before it got its own
  // page) go on to that page. The anchors are the ids the MDX writes; a renamed error's page is under its served id.
  const anchorOf = new Map(Object.entries(article.renamedIds).map(([anchor, id]) => [id, anchor]));
  const errorRedirects = Object.fromEntries(
    article.errors.map((id) => [anchorOf.get(id) ?? id, errorPath(article.locale, id)]),
  );
  return (
    <PageShell
      locale={article.locale}
      product={article.product}
      wide
      languages={languages}
      breadcrumbs={buildBreadcrumbs(article.locale, t.home, { article })}
    >
      <LegacyAnchorRedirect targets={errorRedirects} />
      <div className="grid gap-8 lg:grid-cols-[1fr_16rem]">
        <article className="prose-fix min-w-0">
          <h1 className="text-2xl font-bold sm:text-3xl">{article.title}</h1>
          <p className="text-sm text-muted">
            {t.updated} <time dateTime={article.updated}>{article.updated}</time>
          </p>
          {/* eslint-disable-next-line react-hooks/static-components -- rendered once on the server, see above */}
          <Body
            components={buildMdxComponents(article.locale, article.renamedIds, article.brokenLinks) as never}
          />
          <PrintSource
            url={`${siteOrigin()}${articlePath(article.locale, article.id)}`}
            updated={article.updated}
            labels={{ source: t.printSource, updated: t.updated, printed: t.printed }}
          />
        </article>
        <aside className="order-first lg:order-none">
          <div className="lg:sticky lg:top-4">
            <TableOfContents entries={article.toc} heading={t.onThisPage} />
          </div>
        </aside>
      </div>
    </PageShell>
  );
}
