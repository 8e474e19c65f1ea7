// An authored procedure or checklist (e.g. the restore procedure) as a guided fix with its flowchart.
import type { Metadata } from "next";
import { getArticle, getCatalog } from "@/lib/content/source.server";
import { buildBreadcrumbs } from "@/lib/site/breadcrumbs";
import { requireFlow } from "@/lib/site/route-entities.server";
import { getUiStrings } from "@/lib/i18n/ui-strings";
import { buildFlowPageData } from "@/lib/site/flow-view";
import { linksAfterFix } from "@/lib/site/page-trails";
import { alternateLanguages, buildLanguageLinks } from "@/lib/site/page-twins";
import { flowHrefIn } from "@/lib/site/flow-twins";
import { flowPath, siteOrigin } from "@/lib/site/urls";
import { PageShell } from "@/components/page-shell";
import { FlowPage } from "@/components/flow/flow-page";
import { JsonLd } from "@/components/json-ld";
import { flowFeedbackContext } from "@/lib/feedback/flow-feedback-context";
import { FlowFeedback } from "@/components/feedback/flow-feedback";

export async function generateMetadata({ params }: PageProps<"/[locale]/flows/[id]">): Promise<Metadata> {
  const flow = await requireFlow(params);
  const { locale, id } = flow;
  return {
    title: flow.title,
    description: flow.intro || flow.title,
    alternates: {
      canonical: flowPath(locale, id),
      languages: alternateLanguages(await getCatalog(), { kind: "flow", id }),
    },
  };
}

export default async function FlowRoute({ params, searchParams }: PageProps<"/[locale]/flows/[id]">) {
  const flow = await requireFlow(params);
  const { locale, id } = flow;
  const query = await searchParams;
  const basePath = flowPath(locale, id);
  const article = await getArticle(locale, flow.article);
  const data = buildFlowPageData(flow, query, basePath, locale, siteOrigin(), undefined, article?.support);
  const feedback = flowFeedbackContext(flow, query, basePath);
  const t = getUiStrings(locale);
  const catalog = await getCatalog();
  const languages = buildLanguageLinks(catalog, { kind: "flow", id }, locale, (twin) =>
    flowHrefIn(catalog, twin, id, query),
  );
  return (
    <PageShell
      locale={locale}
      languages={languages}
      breadcrumbs={buildBreadcrumbs(locale, t.home, {
        ...(article ? { article } : {}),
        current: flow.title,
      })}
    >
      <JsonLd data={data.howTo} />
      <FlowPage
        locale={locale}
        flow={flow}
        data={data}
        basePath={basePath}
        after={linksAfterFix(t, locale, { article })}
        source={{ url: `${siteOrigin()}${basePath}`, ...(article ? { updated: article.updated } : {}) }}
        feedback={<FlowFeedback locale={locale} flowId={id} {...feedback} />}
        intro={flow.intro ? <p className="mt-1 text-muted">{flow.intro}</p> : undefined}
      />
    </PageShell>
  );
}
