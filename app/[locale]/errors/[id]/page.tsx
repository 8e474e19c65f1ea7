// One error at a permanent URL: codes, verbatim message, causes as numbered cards with their fix steps.
import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getCatalog, listErrors } from "@/lib/content/source.server";
import { requireError } from "@/lib/site/route-entities.server";
import { LOCALES } from "@/lib/schema/entities";
import { getUiStrings } from "@/lib/i18n/ui-strings";
import { buildErrorView } from "@/lib/site/error-view";
import { buildErrorJsonLd } from "@/lib/site/structured-data";
import { errorCrumbs } from "@/lib/site/page-trails";
import { buildEmbedSnippets } from "@/lib/api/embed-snippets";
import { errorFixPath, errorPath, siteOrigin } from "@/lib/site/urls";
import { PageShell } from "@/components/page-shell";
import { JsonLd } from "@/components/json-ld";
import { CodeBadges } from "@/components/error/code-badges";
import { ErrorMessage } from "@/components/error/error-message";
import { CauseCard } from "@/components/error/cause-card";
import { ActionSteps } from "@/components/error/action-steps";
import { RelatedErrors } from "@/components/error/related-errors";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { BackToResults } from "@/components/search/back-to-results";
import { EmbedDisclosure } from "@/components/error/embed-disclosure";
import { PrintSource } from "@/components/print-source";

// Every id is prerendered; the proxy sends an unknown one to the language's own 404 (app/[locale]/missing).
export const dynamicParams = false;

export async function generateStaticParams() {
  const params = await Promise.all(
    LOCALES.map(async (locale) => (await listErrors(locale)).map((e) => ({ locale, id: e.id }))),
  );
  return params.flat();
}

async function load(params: Promise<{ locale: string; id: string }>) {
  return buildErrorView(await requireError(params), await getCatalog());
}

export async function generateMetadata({ params }: PageProps<"/[locale]/errors/[id]">): Promise<Metadata> {
  const view = await load(params);
  const { error } = view;
  const codes = error.codes.length > 0 ? ` (${error.codes.join(", ")})` : "";
  const description = (error.message || error.title).slice(0, 200);
  const languages: Record<string, string> = { [error.locale]: errorPath(error.locale, error.id) };
  if (view.twin) languages[view.twin.locale] = errorPath(view.twin.locale, view.twin.id);
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
    },
  };
}

export default async function ErrorPage({ params }: PageProps<"/[locale]/errors/[id]">) {
  // Benchmark switch, off by default: FIXPATH_CSP_MODE=nonce renders this page per request so Next.js
  // applies the proxy's nonce, the alternative to hashed inline scripts (see docs/performance-http.md).
  if (process.env.FIXPATH_CSP_MODE === "nonce") await connection();
  const view = await load(params);
  const { error } = view;
  const t = getUiStrings(error.locale);
  const alternateHref = view.twin ? errorPath(view.twin.locale, view.twin.id) : undefined;
  return (
    <PageShell locale={error.locale} {...(alternateHref ? { alternateHref } : {})}>
      <JsonLd data={buildErrorJsonLd(error, `${siteOrigin()}${errorPath(error.locale, error.id)}`)} />
      <article className="space-y-5">
        <BackToResults locale={error.locale} label={t.backToResults} />
        <Breadcrumbs items={errorCrumbs(t, error, view.article)} label={t.breadcrumb} />
        <h1 className="text-2xl font-bold sm:text-3xl">{error.title}</h1>
        <CodeBadges codes={error.codes} t={t} />
        <ErrorMessage message={error.message} label={t.message} />
        <div className="no-print flex flex-wrap items-start gap-2">
          <Link
            href={errorFixPath(error.locale, error.id)}
            className="inline-flex min-h-10 items-center rounded bg-accent px-4 font-semibold text-accent-ink"
          >
            {t.startGuidedFix}
          </Link>
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
        {view.causes.length > 0 && (
          <section aria-labelledby="causes-heading">
            <h2 id="causes-heading" className="text-xl font-bold">
              {t.causes}
            </h2>
            <ol className="mt-3 space-y-4">
              {view.causes.map((cause) => (
                <CauseCard key={cause.id} cause={cause} t={t} />
              ))}
            </ol>
          </section>
        )}
        {view.actions.length > 0 && (
          <section aria-labelledby="actions-heading">
            <h2 id="actions-heading" className="text-xl font-bold">
              {t.whatToDo}
            </h2>
            <ActionSteps actions={view.actions} />
          </section>
        )}
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
