// Embeddable guided fix of an error (/embed/<locale>/errors/<id>/fix): Yes/No/Next stay inside the embed.
import type { Metadata } from "next";
import { getArticle } from "@/lib/content/source.server";
import { requireError } from "@/lib/site/route-entities.server";
import { getUiStrings } from "@/lib/i18n/ui-strings";
import { buildErrorFlow } from "@/lib/flows/build-error-flow";
import { getFlowStrings } from "@/lib/flows/flow-strings";
import { buildFlowView } from "@/lib/site/flow-view";
import { errorFixPath } from "@/lib/site/urls";
import { keepEmbedOptionsInFlowLinks, parseEmbedOptions, withEmbedOptions } from "@/lib/api/embed-options";
import { EmbedFrame } from "@/components/embed/embed-frame";
import { EmbedFlow } from "@/components/embed/embed-flow";
import { getCatalog } from "@/lib/content/source.server";
import { orderCausesForGuidedFix } from "@/lib/feedback/feedback-service.server";
import { flowFeedbackContext } from "@/lib/feedback/flow-feedback-context";
import { FlowFeedback } from "@/components/feedback/flow-feedback";

export async function generateMetadata({
  params,
}: PageProps<"/embed/[locale]/errors/[id]/fix">): Promise<Metadata> {
  const error = await requireError(params);
  return {
    title: `${getUiStrings(error.locale).guidedFix}: ${error.title}`,
    alternates: { canonical: errorFixPath(error.locale, error.id) },
  };
}

export default async function EmbedErrorFixPage({
  params,
  searchParams,
}: PageProps<"/embed/[locale]/errors/[id]/fix">) {
  const error = orderCausesForGuidedFix(await requireError(params), await getCatalog());
  const query = await searchParams;
  const options = parseEmbedOptions(query);
  const strings = getFlowStrings(error.locale);
  const flow = buildErrorFlow(error, strings);
  const basePath = `/embed${errorFixPath(error.locale, error.id)}`;
  const article = await getArticle(error.locale, error.article);
  const view = keepEmbedOptionsInFlowLinks(
    buildFlowView(flow, query, basePath, strings, error, article?.support),
    options,
  );
  const feedback = flowFeedbackContext(flow, query, basePath, error);
  return (
    <EmbedFrame
      options={options}
      fullHref={errorFixPath(error.locale, error.id)}
      fullLabel={getUiStrings(error.locale).openErrorPage}
    >
      <EmbedFlow
        locale={error.locale}
        flow={flow}
        view={view}
        compact={options.compact}
        feedback={
          options.feedback === false ? undefined : (
            <FlowFeedback
              locale={error.locale}
              flowId={error.id}
              errorId={error.id}
              {...feedback}
              returnPath={withEmbedOptions(feedback.returnPath, options)}
            />
          )
        }
      />
    </EmbedFrame>
  );
}
