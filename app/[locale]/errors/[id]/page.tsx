// One error at a permanent URL: codes, verbatim message, causes as numbered cards with their own fix steps,
// actions several causes share (once), actions for the whole error, and the rest of what the docs say.
import type { Metadata } from "next";
import Link from "next/link";
import { getCatalog } from "@/lib/content/source.server";
import { requireError } from "@/lib/site/route-entities.server";
import { getUiStrings } from "@/lib/i18n/ui-strings";
import { openGraphLocale } from "@/lib/i18n/locale-info";
import { alternateLanguages, buildLanguageLinks } from "@/lib/site/page-twins";
import { anchorInArticle, buildBreadcrumbs } from "@/lib/site/breadcrumbs";
import { buildErrorView } from "@/lib/site/error-view";
import { buildErrorJsonLd } from "@/lib/site/structured-data";
import { buildEmbedSnippets } from "@/lib/api/embed-snippets";
import { errorFixPath, errorPath, searchPath, siteOrigin } from "@/lib/site/urls";
import { PageShell } from "@/components/page-shell";
import { JsonLd } from "@/components/json-ld";
import { CodeBadges } from "@/components/error/code-badges";
import { ErrorMessage } from "@/components/error/error-message";
import { ErrorFix } from "@/components/error/error-fix";
import { NoFixNotice } from "@/components/error/no-fix-notice";
import { RelatedErrors } from "@/components/error/related-errors";
import { BackToResults } from "@/components/search/back-to-results";
import { EmbedDisclosure } from "@/components/error/embed-disclosure";
import { PrintSource } from "@/components/print-source";
import { CauseFeedback } from "@/components/feedback/cause-feedback";

// Every id is prerendered; the proxy sends an unknown one to the language's own 404 (app/[locale]/missing).
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getCatalog()).errors.map((e) => ({ locale: e.locale, id: e.id }));
}

async function load(params: Promise<{ locale: string; id: string }>) {
  return buildErrorView(await requireError(params), await getCatalog());
}

export async function generateMetadata({ params }: PageProps<"/[locale]/errors/[id]">): Promise<Metadata> {
  const view = await load(params);
  const { error } = view;
  const codes = error.codes.length > 0 ? ` (${error.codes.join(", ")})` : "";
  const description = (error.message || error.title).slice(0, 200);
  const languages = alternateLanguages(await getCatalog(), { kind: "error", id: error.id });
  return {
    title: `${error.title}${codes}`,
    description,
    alternates: {
      canonical: errorPath(error.locale, error.id),
      languages,
      // oEmbed discovery: wikis that understand oEmbed turn a pasted error link into the embed card.
      types: {
        "application/json+oembed": `/api/oembed?url=${encodeURIComponent(`${siteOrigin()}${errorPath(error.locale, error.id)}`)}&format=json`,
      },
    },
    openGraph: {
      title: `${error.title}${codes}`,
      description,
      type: "article",
      url: errorPath(error.locale, error.id),
      locale: openGraphLocale(error.locale),
    },
  };
}

export default async function ErrorPage({ params }: PageProps<"/[locale]/errors/[id]">) {
  const view = await load(params);
  const { error } = view;
  const t = getUiStrings(error.locale);
  const languages = buildLanguageLinks(await getCatalog(), { kind: "error", id: error.id }, error.locale);
  const returnPath = errorPath(error.locale, error.id);
  return (
    <PageShell
      locale={error.locale}
      languages={languages}
      {...(view.article ? { product: view.article.product } : {})}
      breadcrumbs={buildBreadcrumbs(error.locale, t.home, {
        ...(view.article ? { article: view.article, anchor: anchorInArticle(view.article, error.id) } : {}),
        current: error.title,
      })}
    >
      <JsonLd data={buildErrorJsonLd(error, `${siteOrigin()}${errorPath(error.locale, error.id)}`)} />
      <article className="space-y-5">
        <BackToResults locale={error.locale} label={t.backToResults} />
        <h1 className="text-2xl font-bold sm:text-3xl">{error.title}</h1>
        <CodeBadges codes={error.codes} t={t} />
        <ErrorMessage message={error.message} label={t.message} />
        {!view.hasFix && (
          // Searching the message finds errors worded alike, which may document a fix.
          <NoFixNotice
            searchHref={searchPath(error.locale, (error.message || error.title).slice(0, 200))}
            t={t}
          />
        )}
        <div className="no-print flex flex-wrap items-start gap-2">
          {view.hasFix && (
            <Link
              href={errorFixPath(error.locale, error.id)}
              className="inline-flex min-h-10 items-center rounded bg-accent px-4 font-semibold text-accent-ink"
            >
              {t.startGuidedFix}
            </Link>
          )}
          <EmbedDisclosure
            snippets={buildEmbedSnippets(siteOrigin(), error.locale, {
              id: error.id,
              title: error.title,
              ...(error.codes[0] ? { code: error.codes[0] } : {}),
            })}
            locale={error.locale}
            t={t}
          />
        </div>
        <ErrorFix
          view={view}
          t={t}
          causeEnd={(cause) => (
            <CauseFeedback
              locale={error.locale}
              errorId={error.id}
              causeId={cause.id}
              returnPath={returnPath}
            />
          )}
          fixEnd={
            view.causes.length === 0 &&
            view.hasFix && <CauseFeedback locale={error.locale} errorId={error.id} returnPath={returnPath} />
          }
        />
        <RelatedErrors errors={view.related} locale={error.locale} heading={t.relatedErrors} />
        <PrintSource
          url={`${siteOrigin()}${errorPath(error.locale, error.id)}`}
          {...(view.article ? { updated: view.article.updated } : {})}
          labels={{ source: t.printSource, updated: t.updated, printed: t.printed }}
        />
      </article>
    </PageShell>
  );
}
