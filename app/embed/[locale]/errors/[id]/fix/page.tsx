// Embeddable guided fix of an error (/embed/<locale>/errors/<id>/fix): Yes/No/Next stay inside the embed.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getError } from "@/lib/content/source.server";
import { isLocale } from "@/lib/i18n/negotiate-locale";
import { getUiStrings } from "@/lib/i18n/ui-strings";
import { buildErrorFlow } from "@/lib/flows/build-error-flow";
import { getFlowStrings } from "@/lib/flows/flow-strings";
import { buildFlowView } from "@/lib/site/flow-view";
import { errorFixPath } from "@/lib/site/urls";
import { keepEmbedOptionsInFlowLinks, parseEmbedOptions } from "@/lib/api/embed-options";
import { isEntityId } from "@/lib/api/api-shapes";
import { EmbedFrame } from "@/components/embed/embed-frame";
import { EmbedFlow } from "@/components/embed/embed-flow";

async function loadError(params: Promise<{ locale: string; id: string }>) {
  const { locale, id } = await params;
  if (!isLocale(locale) || !isEntityId(id)) notFound();
  const error = await getError(locale, id);
  if (!error) notFound();
  return error;
}

export async function generateMetadata({
  params,
}: PageProps<"/embed/[locale]/errors/[id]/fix">): Promise<Metadata> {
  const error = await loadError(params);
  return {
    title: `${getUiStrings(error.locale).guidedFix}: ${error.title}`,
    alternates: { canonical: errorFixPath(error.locale, error.id) },
  };
}

export default async function EmbedErrorFixPage({
  params,
  searchParams,
}: PageProps<"/embed/[locale]/errors/[id]/fix">) {
  const error = await loadError(params);
  const query = await searchParams;
  const options = parseEmbedOptions(query);
  const strings = getFlowStrings(error.locale);
  const flow = buildErrorFlow(error, strings);
  const basePath = `/embed${errorFixPath(error.locale, error.id)}`;
  const view = keepEmbedOptionsInFlowLinks(buildFlowView(flow, query, basePath, strings, error), options);
  return (
    <EmbedFrame
      options={options}
      fullHref={errorFixPath(error.locale, error.id)}
      fullLabel={getUiStrings(error.locale).openErrorPage}
    >
      <EmbedFlow locale={error.locale} flow={flow} view={view} compact={options.compact} />
    </EmbedFrame>
  );
}
