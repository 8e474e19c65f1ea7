// An authored procedure or checklist (e.g. the restore procedure) as a guided fix with its flowchart.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFlow } from "@/lib/content/source.server";
import { isLocale } from "@/lib/i18n/negotiate-locale";
import { buildFlowPageData } from "@/lib/site/flow-view";
import { flowPath, siteOrigin } from "@/lib/site/urls";
import { PageShell } from "@/components/page-shell";
import { FlowPage } from "@/components/flow/flow-page";
import { JsonLd } from "@/components/json-ld";

export async function generateMetadata({ params }: PageProps<"/[locale]/flows/[id]">): Promise<Metadata> {
  const { locale, id } = await params;
  const flow = isLocale(locale) ? await getFlow(locale, id) : undefined;
  if (!flow || !isLocale(locale)) return {};
  const languages = { [locale]: flowPath(locale, id) };
  return {
    title: flow.title,
    description: flow.intro || flow.title,
    alternates: { canonical: flowPath(locale, id), languages },
  };
}

export default async function FlowRoute({ params, searchParams }: PageProps<"/[locale]/flows/[id]">) {
  const { locale, id } = await params;
  if (!isLocale(locale)) notFound();
  const flow = await getFlow(locale, id);
  if (!flow) notFound();
  const basePath = flowPath(locale, id);
  const data = buildFlowPageData(flow, await searchParams, basePath, locale, siteOrigin());
  return (
    <PageShell locale={locale} alternateHref={flowPath(locale === "sv" ? "en" : "sv", id)}>
      <JsonLd data={data.howTo} />
      <FlowPage
        locale={locale}
        flow={flow}
        data={data}
        basePath={basePath}
        intro={flow.intro ? <p className="mt-1 text-muted">{flow.intro}</p> : undefined}
      />
    </PageShell>
  );
}
