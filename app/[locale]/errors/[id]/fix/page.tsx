// The guided fix of one error, at its first step: each thing to try (an action with the causes it fixes, or
// the body) in turn, each ending in "Did this fix it?". Later steps are pages of their own (./[step]).
import type { Metadata } from "next";
import { getCatalog } from "@/lib/content/source.server";
import { requireError } from "@/lib/site/route-entities.server";
import { ErrorFixView, errorFixMetadata } from "./error-fix-view";

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getCatalog()).errors.map((error) => ({ locale: error.locale, id: error.id }));
}

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/errors/[id]/fix">): Promise<Metadata> {
  return errorFixMetadata(await requireError(params));
}

export default async function ErrorFixPage({ params }: PageProps<"/[locale]/errors/[id]/fix">) {
  return <ErrorFixView error={await requireError(params)} />;
}
