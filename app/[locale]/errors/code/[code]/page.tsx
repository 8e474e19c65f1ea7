// A code in one language: one error → its page; several → the chooser, grouped by product (the same as search
// shows for a code several products use); none → 404.
import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { requireLocale } from "@/lib/site/route-entities.server";
import { getUiStrings } from "@/lib/i18n/ui-strings";
import { chooseByCode, groupByProduct } from "@/lib/search/choose-by-code";
import { MAX_CODE_LENGTH } from "@/lib/site/find-errors-by-code";
import { getSearchIndex } from "@/lib/site/search-service.server";
import { PageShell } from "@/components/page-shell";
import { CodeChooser } from "@/components/search/code-chooser";

export const metadata: Metadata = { robots: { index: false } };

export default async function CodePage({ params }: PageProps<"/[locale]/errors/code/[code]">) {
  const { code: encoded } = await params;
  const locale = await requireLocale(params);
  let code: string;
  try {
    code = decodeURIComponent(encoded);
  } catch {
    notFound();
  }
  if (code.length > MAX_CODE_LENGTH) notFound();
  const matches = chooseByCode(await getSearchIndex(), code, locale);
  const [only] = matches;
  if (!only) notFound();
  if (matches.length === 1) permanentRedirect(only.url);
  return (
    <PageShell locale={locale}>
      <CodeChooser
        code={code}
        groups={groupByProduct(matches)}
        locale={locale}
        t={getUiStrings(locale)}
        level="h1"
      />
    </PageShell>
  );
}
