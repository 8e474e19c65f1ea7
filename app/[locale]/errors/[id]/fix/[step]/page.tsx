// One step (or end) of an error's guided fix as a prerendered page: `/sv/errors/x/fix/<step>`.
import type { Metadata } from "next";
import { getCatalog } from "@/lib/content/source.server";
import { requireError } from "@/lib/site/route-entities.server";
import { ErrorFixView, errorFixMetadata, errorFixPositions } from "../error-fix-view";

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getCatalog()).errors.flatMap((error) =>
    errorFixPositions(error).map((step) => ({ locale: error.locale, id: error.id, step })),
  );
}

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/errors/[id]/fix/[step]">): Promise<Metadata> {
  return errorFixMetadata(await requireError(params));
}

export default async function ErrorFixStepPage({ params }: PageProps<"/[locale]/errors/[id]/fix/[step]">) {
  const { step } = await params;
  return <ErrorFixView error={await requireError(params)} step={step} />;
}
