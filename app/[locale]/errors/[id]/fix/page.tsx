// The guided fix of one error: its causes in order, each with its actions and "Did this fix it?".
import type { Metadata } from "next";
import { getArticle, getCatalog } from "@/lib/content/source.server";
import { requireError } from "@/lib/site/route-entities.server";
import { getUiStrings, otherLocale } from "@/lib/i18n/ui-strings";
import { buildErrorFlow } from "@/lib/flows/build-error-flow";
import { getFlowStrings } from "@/lib/flows/flow-strings";
import { buildErrorView } from "@/lib/site/error-view";
import { buildFlowPageData } from "@/lib/site/flow-view";
import { errorFixCrumbs, linksAfterFix } from "@/lib/site/page-trails";
import { errorFixPath, siteOrigin } from "@/lib/site/urls";
import { PageShell } from "@/components/page-shell";
import { FlowPage } from "@/components/flow/flow-page";
import { JsonLd } from "@/components/json-ld";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/errors/[id]/fix">): Promise<Metadata> {
  const error = await requireError(params);
  const { locale, id } = error;
  return {
    title: `${getUiStrings(locale).guidedFix}: ${error.title}`,
    alternates: { canonical: errorFixPath(locale, id) },
  };
}

export default async function ErrorFixPage({ params, searchParams }: PageProps<"/[locale]/errors/[id]/fix">) {
  const error = await requireError(params);
  const { locale, id } = error;
  const [article, catalog] = await Promise.all([getArticle(locale, error.article), getCatalog()]);
  const flow = buildErrorFlow(error, getFlowStrings(locale));
  const basePath = errorFixPath(locale, id);
  const query = await searchParams;
  const data = buildFlowPageData(flow, query, basePath, locale, siteOrigin(), error, article?.support);
  const t = getUiStrings(locale);
  const { related } = buildErrorView(error, catalog);
  return (
    <PageShell locale={locale} alternateHref={errorFixPath(otherLocale(locale), id)}>
      <JsonLd data={data.howTo} />
      <FlowPage
        locale={locale}
        flow={flow}
        data={data}
        basePath={basePath}
        breadcrumbs={errorFixCrumbs(t, error, article)}
        after={linksAfterFix(t, locale, { error, article, related })}
        source={{ url: `${siteOrigin()}${basePath}`, ...(article ? { updated: article.updated } : {}) }}
      />
    </PageShell>
  );
}
