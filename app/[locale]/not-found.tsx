// 404 inside a language (unknown error, article or flow id). Next.js gives not-found pages no params,
// so the language comes from the address the proxy saw.
import { headers } from "next/headers";
import { isLocale } from "@/lib/i18n/negotiate-locale";
import { NotFoundContent } from "@/components/not-found-content";
import { PageShell } from "@/components/page-shell";

export default async function LocaleNotFound() {
  const firstSegment = ((await headers()).get("x-fixpath-pathname") ?? "").split("/")[1];
  const locale = isLocale(firstSegment) ? firstSegment : "en";
  return (
    <PageShell locale={locale}>
      <NotFoundContent locale={locale} />
    </PageShell>
  );
}
