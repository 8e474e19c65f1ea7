// An error's guided fix at one step, shared by its first page (`/fix`) and its step pages (`/fix/<step>`).
// Every one is prerendered: the step is in the path, the answer trail in the query is read in the browser.
// Causes are offered in the article's order, not by feedback success: a static page cannot read the feedback
// store per request (see docs/performance-http.md, "Guided-fix steps").
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getArticle, getCatalog } from "@/lib/content/source.server";
import { buildBreadcrumbs } from "@/lib/site/breadcrumbs";
import type { ErrorEntry } from "@/lib/schema/entities";
import { getUiStrings } from "@/lib/i18n/ui-strings";
import { buildErrorFlow } from "@/lib/flows/build-error-flow";
import { getFlowStrings } from "@/lib/flows/flow-strings";
import { buildErrorView } from "@/lib/site/error-view";
import { buildFlowPageData, flowPositions } from "@/lib/site/flow-view";
import { linksAfterFix } from "@/lib/site/page-trails";
import { alternateLanguages, buildLanguageLinks } from "@/lib/site/page-twins";
import { errorFixHrefIn } from "@/lib/site/flow-twins";
import { errorFixPath, errorPath, siteOrigin } from "@/lib/site/urls";
import { PageShell } from "@/components/page-shell";
import { FlowPage } from "@/components/flow/flow-page";
import { JsonLd } from "@/components/json-ld";
import { flowFeedbackContext } from "@/lib/feedback/flow-feedback-context";
import { FlowFeedback } from "@/components/feedback/flow-feedback";

/** Every position of an error's guided fix that has a page of its own: its steps and both ends. */
export function errorFixPositions(error: ErrorEntry): string[] {
  return flowPositions(buildErrorFlow(error, getFlowStrings(error.locale)), getFlowStrings(error.locale));
}

export async function errorFixMetadata(error: ErrorEntry): Promise<Metadata> {
  const { locale, id } = error;
  return {
    title: `${getUiStrings(locale).guidedFix}: ${error.title}`,
    alternates: {
      canonical: errorFixPath(locale, id),
      languages: alternateLanguages(await getCatalog(), { kind: "error-fix", id }),
    },
  };
}

/** `step` undefined: the first step, at the guided fix's own address. */
export async function ErrorFixView({ error, step }: { error: ErrorEntry; step?: string }) {
  const catalog = await getCatalog();
  const { locale, id } = error;
  if (step !== undefined && !errorFixPositions(error).includes(step)) notFound();
  const article = await getArticle(locale, error.article);
  const query = step === undefined ? {} : { step };
  const flow = buildErrorFlow(error, getFlowStrings(locale));
  const basePath = errorFixPath(locale, id);
  const address = { basePath, pathOf: (position?: string) => errorFixPath(locale, id, position) };
  const data = buildFlowPageData(flow, query, address, locale, siteOrigin(), error, article?.support);
  const feedback = flowFeedbackContext(flow, query, address, error);
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
        after={linksAfterFix(t, locale, { error, article, related })}
        source={{ url: `${siteOrigin()}${basePath}`, ...(article ? { updated: article.updated } : {}) }}
        feedback={<FlowFeedback locale={locale} flowId={id} errorId={id} {...feedback} />}
      />
    </PageShell>
  );
}
