// An authored procedure or checklist as a guided fix at one step, shared by its first page (`/flows/<id>`)
// and its step pages (`/flows/<id>/<step>`); all prerendered, the answer trail in the query read in the browser.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getArticle, getCatalog } from "@/lib/content/source.server";
import { buildBreadcrumbs } from "@/lib/site/breadcrumbs";
import type { Flow } from "@/lib/schema/entities";
import { getUiStrings } from "@/lib/i18n/ui-strings";
import { getFlowStrings } from "@/lib/flows/flow-strings";
import { buildFlowPageData, flowPositions } from "@/lib/site/flow-view";
import { linksAfterFix } from "@/lib/site/page-trails";
import { alternateLanguages, buildLanguageLinks } from "@/lib/site/page-twins";
import { flowHrefIn } from "@/lib/site/flow-twins";
import { flowPath, siteOrigin } from "@/lib/site/urls";
import { PageShell } from "@/components/page-shell";
import { FlowPage } from "@/components/flow/flow-page";
import { JsonLd } from "@/components/json-ld";
import { flowFeedbackContext } from "@/lib/feedback/flow-feedback-context";
import { FlowFeedback } from "@/components/feedback/flow-feedback";

/** Every position of an authored flow that has a page of its own: its steps and both ends. */
export function authoredFlowPositions(flow: Flow): string[] {
  return flowPositions(flow, getFlowStrings(flow.locale));
}

export async function authoredFlowMetadata(flow: Flow): Promise<Metadata> {
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

/** `step` undefined: the first step, at the flow's own address. */
export async function AuthoredFlowView({ flow, step }: { flow: Flow; step?: string }) {
  const { locale, id } = flow;
  if (step !== undefined && !authoredFlowPositions(flow).includes(step)) notFound();
  const query = step === undefined ? {} : { step };
  const basePath = flowPath(locale, id);
  const address = { basePath, pathOf: (position?: string) => flowPath(locale, id, position) };
  const article = await getArticle(locale, flow.article);
  const data = buildFlowPageData(flow, query, address, locale, siteOrigin(), undefined, article?.support);
  const feedback = flowFeedbackContext(flow, query, address);
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
        after={linksAfterFix(t, locale, { article })}
        source={{ url: `${siteOrigin()}${basePath}`, ...(article ? { updated: article.updated } : {}) }}
        feedback={<FlowFeedback locale={locale} flowId={id} {...feedback} />}
        intro={flow.intro ? <p className="mt-1 text-muted">{flow.intro}</p> : undefined}
      />
    </PageShell>
  );
}
