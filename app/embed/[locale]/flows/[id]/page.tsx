// Embeddable authored flow (/embed/<locale>/flows/<id>), the target of oEmbed for flow pages.
import type { Metadata } from "next";
import { getArticle } from "@/lib/content/source.server";
import { requireFlow } from "@/lib/site/route-entities.server";
import { getUiStrings } from "@/lib/i18n/ui-strings";
import { getFlowStrings } from "@/lib/flows/flow-strings";
import { buildFlowView } from "@/lib/site/flow-view";
import { flowPath } from "@/lib/site/urls";
import { keepEmbedOptionsInFlowLinks, parseEmbedOptions, withEmbedOptions } from "@/lib/api/embed-options";
import { flowFeedbackContext } from "@/lib/feedback/flow-feedback-context";
import { FlowFeedback } from "@/components/feedback/flow-feedback";
import { EmbedFrame } from "@/components/embed/embed-frame";
import { EmbedFlow } from "@/components/embed/embed-flow";

export async function generateMetadata({
  params,
}: PageProps<"/embed/[locale]/flows/[id]">): Promise<Metadata> {
  const flow = await requireFlow(params);
  return { title: flow.title, alternates: { canonical: flowPath(flow.locale, flow.id) } };
}

export default async function EmbedFlowPage({
  params,
  searchParams,
}: PageProps<"/embed/[locale]/flows/[id]">) {
  const flow = await requireFlow(params);
  const query = await searchParams;
  const options = parseEmbedOptions(query);
  const strings = getFlowStrings(flow.locale);
  const basePath = `/embed${flowPath(flow.locale, flow.id)}`;
  const article = await getArticle(flow.locale, flow.article);
  const view = keepEmbedOptionsInFlowLinks(
    buildFlowView(flow, query, basePath, strings, undefined, article?.support),
    options,
  );
  const feedback = flowFeedbackContext(flow, query, basePath);
  return (
    <EmbedFrame
      options={options}
      fullHref={flowPath(flow.locale, flow.id)}
      fullLabel={getUiStrings(flow.locale).guidedFix}
    >
      <EmbedFlow
        locale={flow.locale}
        flow={flow}
        view={view}
        compact={options.compact}
        feedback={
          options.feedback === false ? undefined : (
            <FlowFeedback
              locale={flow.locale}
              flowId={flow.id}
              {...feedback}
              returnPath={withEmbedOptions(feedback.returnPath, options)}
            />
          )
        }
      />
    </EmbedFrame>
  );
}
