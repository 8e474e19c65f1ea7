// One step (or end) of an authored flow as a prerendered page: `/sv/flows/x/<step>`.
import type { Metadata } from "next";
import { getCatalog } from "@/lib/content/source.server";
import { requireFlow } from "@/lib/site/route-entities.server";
import { AuthoredFlowView, authoredFlowMetadata, authoredFlowPositions } from "../flow-view";

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getCatalog()).flows.flatMap((flow) =>
    authoredFlowPositions(flow).map((step) => ({ locale: flow.locale, id: flow.id, step })),
  );
}

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/flows/[id]/[step]">): Promise<Metadata> {
  return authoredFlowMetadata(await requireFlow(params));
}

export default async function FlowStepRoute({ params }: PageProps<"/[locale]/flows/[id]/[step]">) {
  const { step } = await params;
  return <AuthoredFlowView flow={await requireFlow(params)} step={step} />;
}
