// Embeddable error card (/embed/<locale>/errors/<id>?theme=&compact=&causes=): for iframes in other sites.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getCatalog, getError } from "@/lib/content/source.server";
import { isLocale } from "@/lib/i18n/negotiate-locale";
import { getUiStrings } from "@/lib/i18n/ui-strings";
import { buildErrorView } from "@/lib/site/error-view";
import { errorPath } from "@/lib/site/urls";
import { parseEmbedOptions, withEmbedOptions } from "@/lib/api/embed-options";
import { isEntityId } from "@/lib/api/api-shapes";
import { EmbedFrame } from "@/components/embed/embed-frame";
import { EmbedErrorCard } from "@/components/embed/embed-error-card";

async function loadError(params: Promise<{ locale: string; id: string }>) {
  const { locale, id } = await params;
  if (!isLocale(locale) || !isEntityId(id)) notFound();
  const error = await getError(locale, id);
  if (!error) notFound();
  return error;
}

export async function generateMetadata({
  params,
}: PageProps<"/embed/[locale]/errors/[id]">): Promise<Metadata> {
  const error = await loadError(params);
  return { title: error.title, alternates: { canonical: errorPath(error.locale, error.id) } };
}

export default async function EmbedErrorPage({
  params,
  searchParams,
}: PageProps<"/embed/[locale]/errors/[id]">) {
  const error = await loadError(params);
  const options = parseEmbedOptions(await searchParams);
  const t = getUiStrings(error.locale);
  const view = buildErrorView(error, await getCatalog());
  return (
    <EmbedFrame options={options} fullHref={errorPath(error.locale, error.id)} fullLabel={t.openErrorPage}>
      <EmbedErrorCard
        view={view}
        options={options}
        t={t}
        fixHref={withEmbedOptions(`/embed${errorPath(error.locale, error.id)}/fix`, options)}
      />
    </EmbedFrame>
  );
}
