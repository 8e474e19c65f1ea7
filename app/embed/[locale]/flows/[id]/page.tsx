// Embeddable authored flow (/embed/<locale>/flows/<id>), the target of oEmbed for flow pages.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFlow } from "@/lib/content/source.server";
import { isLocale } from "@/lib/i18n/negotiate-locale";
import { getUiStrings } from "@/lib/i18n/ui-strings";
import { getFlowStrings } from "@/lib/flows/flow-strings";
import { buildFlowView } from "@/lib/site/flow-view";
import { flowPath } from "@/lib/site/urls";
import { keepEmbedOptionsInFlowLinks, parseEmbedOptions } from "@/lib/api/embed-options";
import { isEntityId } from "@/lib/api/api-shapes";
import { EmbedFrame } from "@/components/embed/embed-frame";
import { EmbedFlow } from "@/components/embed/embed-flow";

async function loadFlow(params: Promise<{ locale: string; id: string }>) {
  const { locale, id } = await params;
  if (!isLocale(locale) || !isEntityId(id)) notFound();
  const flow = await getFlow(locale, id);
  if (!flow) notFound();
  return flow;
}

export async function generateMetadata({
  params,
}: PageProps<"/embed/[locale]/flows/[id]">): Promise<Metadata> {
  const flow = await loadFlow(params);
  return { title: flow.title, alternates: { canonical: flowPath(flow.locale, flow.id) } };
}

export default async function EmbedFlowPage({
  params,
  searchParams,
}: PageProps<"/embed/[locale]/flows/[id]">) {
  const flow = await loadFlow(params);
  const query = await searchParams;
  const options = parseEmbedOptions(query);
  const strings = getFlowStrings(flow.locale);
  const basePath = `/embed${flowPath(flow.locale, flow.id)}`;
  const view = keepEmbedOptionsInFlowLinks(buildFlowView(flow, query, basePath, strings), options);
  return (
    <EmbedFrame
      options={options}
      fullHref={flowPath(flow.locale, flow.id)}
      fullLabel={getUiStrings(flow.locale).guidedFix}
    >
      <EmbedFlow locale={flow.locale} flow={flow} view={view} compact={options.compact} />
    </EmbedFrame>
  );
}
