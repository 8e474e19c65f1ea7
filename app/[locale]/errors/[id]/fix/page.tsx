// The guided fix of one error: each thing to try (an action with the causes it fixes, or the body) in turn,
// each ending in "Did this fix it?".
import type { Metadata } from "next";
import { getArticle, getCatalog } from "@/lib/content/source.server";
import { buildBreadcrumbs } from "@/lib/site/breadcrumbs";
import { requireError } from "@/lib/site/route-entities.server";
import { getUiStrings } from "@/lib/i18n/ui-strings";
import { buildErrorFlow } from "@/lib/flows/build-error-flow";
import { getFlowStrings } from "@/lib/flows/flow-strings";
import { buildErrorView } from "@/lib/site/error-view";
import { buildFlowPageData } from "@/lib/site/flow-view";
import { linksAfterFix } from "@/lib/site/page-trails";
import { alternateLanguages, buildLanguageLinks } from "@/lib/site/page-twins";
import { errorFixHrefIn } from "@/lib/site/flow-twins";
import { errorFixPath, errorPath, siteOrigin } from "@/lib/site/urls";
import { PageShell } from "@/components/page-shell";
import { FlowPage } from "@/components/flow/flow-page";
import { JsonLd } from "@/components/json-ld";
import { orderCausesForGuidedFix } from "@/lib/feedback/feedback-service.server";
import { flowFeedbackContext } from "@/lib/feedback/flow-feedback-context";
import { FlowFeedback } from "@/components/feedback/flow-feedback";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/errors/[id]/fix">): Promise<Metadata> {
  const error = await requireError(params);
  const { locale, id } = error;
  return {
    title: `${getUiStrings(locale).guidedFix}: ${error.title}`,
    alternates: {
      canonical: errorFixPath(locale, id),
      languages: alternateLanguages(await getCatalog(), { kind: "error-fix", id }),
    },
  };
}

export default async function ErrorFixPage({ params, searchParams }: PageProps<"/[locale]/errors/[id]/fix">) {
  const catalog = await getCatalog();
  const error = orderCausesForGuidedFix(await requireError(params), catalog);
  const { locale, id } = error;
  const article = await getArticle(locale, error.article);
  const query = await searchParams;
  const strings = getFlowStrings(locale);
  const flow = buildErrorFlow(error, strings);
  const basePath = errorFixPath(locale, id);
  const data = buildFlowPageData(flow, query, basePath, locale, siteOrigin(), error, article?.support);
  const feedback = flowFeedbackContext(flow, query, basePath, error);
  const t = getUiStrings(locale);
  const { related } = buildErrorView(error, catalog);
  const languages = buildLanguageLinks(catalog, { kind: "error-fix", id }, locale, (twin) =>
    errorFixHrefIn(catalog, twin, id, query, flow),
  );
  return (
    <PageShell
      locale={locale}
      languages={languages}
      breadcrumbs={[
        ...buildBreadcrumbs(locale, t.home, { ...(article ? { article } : {}), current: error.title }).slice(
          0,
          -1,
        ),
        { label: error.title, href: errorPath(locale, id) },
        { label: t.guidedFix },
      ]}
    >
      <JsonLd data={data.howTo} />
      <FlowPage
        locale={locale}
        flow={flow}
        data={data}
        basePath={basePath}
        after={linksAfterFix(t, locale, { error, article, related })}
        source={{ url: `${siteOrigin()}${basePath}`, ...(article ? { updated: article.updated } : {}) }}
        feedback={<FlowFeedback locale={locale} flowId={id} errorId={id} {...feedback} />}
      />
    </PageShell>
  );
}
