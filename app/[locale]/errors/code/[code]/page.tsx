// A code in one language: several errors → a short chooser; one → its page; none → 404.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { listErrors } from "@/lib/content/source.server";
import { requireLocale } from "@/lib/site/route-entities.server";
import { getUiStrings } from "@/lib/i18n/ui-strings";
import { errorPath } from "@/lib/site/urls";
import { findErrorsByCode } from "@/lib/site/find-errors-by-code";
import { PageShell } from "@/components/page-shell";

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
  const matches = findErrorsByCode(code, await listErrors(locale));
  const [only] = matches;
  if (!only) notFound();
  if (matches.length === 1) permanentRedirect(errorPath(locale, only.id));
  const t = getUiStrings(locale);
  return (
    <PageShell locale={locale}>
      <h1 className="text-2xl font-bold">
        {t.codeChooserTitle} <code>{code}</code>
      </h1>
      <p className="mt-2">{t.codeChooserBody}</p>
      <ul className="mt-4 space-y-3">
        {matches.map((e) => (
          <li key={e.id} className="rounded border border-line p-3">
            <Link href={errorPath(locale, e.id)} className="font-semibold text-accent underline">
              {e.title}
            </Link>
            {e.message && <p className="mt-1 font-mono text-sm text-muted">{e.message}</p>}
          </li>
        ))}
      </ul>
    </PageShell>
  );
}
