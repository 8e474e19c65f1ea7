// An authored procedure or checklist (e.g. the restore procedure) as a guided fix, at its first step; later
// steps are pages of their own (./[step]).
import type { Metadata } from "next";
import { requireFlow } from "@/lib/site/route-entities.server";
import { getCatalog } from "@/lib/content/source.server";
import { AuthoredFlowView, authoredFlowMetadata } from "./flow-view";

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getCatalog()).flows.map((flow) => ({ locale: flow.locale, id: flow.id }));
}

export async function generateMetadata({ params }: PageProps<"/[locale]/flows/[id]">): Promise<Metadata> {
  return authoredFlowMetadata(await requireFlow(params));
}

export default async function FlowRoute({ params }: PageProps<"/[locale]/flows/[id]">) {
  return <AuthoredFlowView flow={await requireFlow(params)} />;
}
