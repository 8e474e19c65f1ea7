// Embeddable error card (/embed/<locale>/errors/<id>?theme=&compact=&causes=): for iframes in other sites.
import type { Metadata } from "next";
import { requireError } from "@/lib/site/route-entities.server";
import { getCatalog } from "@/lib/content/source.server";
import { getUiStrings } from "@/lib/i18n/ui-strings";
import { buildErrorView } from "@/lib/site/error-view";
import { errorPath } from "@/lib/site/urls";
import { parseEmbedOptions, withEmbedOptions } from "@/lib/api/embed-options";
import { EmbedFrame } from "@/components/embed/embed-frame";
import { EmbedErrorCard } from "@/components/embed/embed-error-card";

export async function generateMetadata({
  params,
}: PageProps<"/embed/[locale]/errors/[id]">): Promise<Metadata> {
  const error = await requireError(params);
  return { title: error.title, alternates: { canonical: errorPath(error.locale, error.id) } };
}

export default async function EmbedErrorPage({
  params,
  searchParams,
}: PageProps<"/embed/[locale]/errors/[id]">) {
  const error = await requireError(params);
  const options = parseEmbedOptions(await searchParams);
  const t = getUiStrings(error.locale);
  const view = buildErrorView(error, await getCatalog());
  return (
    <EmbedFrame options={options} fullHref={errorPath(error.locale, error.id)} fullLabel={t.openErrorPage}>
      <EmbedErrorCard
        view={view}
        options={options}
        t={t}
        errorHref={errorPath(error.locale, error.id)}
        fixHref={withEmbedOptions(`/embed${errorPath(error.locale, error.id)}/fix`, options)}
        feedbackReturnPath={withEmbedOptions(`/embed${errorPath(error.locale, error.id)}`, options)}
      />
    </EmbedFrame>
  );
}
