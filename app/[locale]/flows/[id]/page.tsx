// An authored procedure or checklist (e.g. the restore procedure) as a guided fix with its flowchart.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFlow } from "@/lib/content/source.server";
import { isLocale } from "@/lib/i18n/negotiate-locale";
import { getFlowStrings } from "@/lib/flows/flow-strings";
import { layoutFlowchart } from "@/lib/flows/layout-flowchart";
import { outlineFlow, toHowToJsonLd } from "@/lib/flows/flow-outline";
import { buildFlowView } from "@/lib/site/flow-view";
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
  const strings = getFlowStrings(locale);
  const basePath = flowPath(locale, id);
  const view = buildFlowView(flow, await searchParams, basePath, strings);
  return (
    <PageShell locale={locale} alternateHref={flowPath(locale === "sv" ? "en" : "sv", id)}>
      <JsonLd data={toHowToJsonLd(flow, `${siteOrigin()}${basePath}`)} />
      <FlowPage
        locale={locale}
        flow={flow}
        view={view}
        chart={layoutFlowchart(flow, { labels: strings })}
        outline={outlineFlow(flow)}
        basePath={basePath}
        intro={flow.intro ? <p className="mt-1 text-muted">{flow.intro}</p> : undefined}
      />
    </PageShell>
  );
}
