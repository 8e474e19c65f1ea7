// OpenSearch description, so a browser can search Fixpath from its address bar.
import { isLocale } from "@/lib/i18n/negotiate-locale";
import { getUiStrings } from "@/lib/i18n/ui-strings";
import { siteOrigin } from "@/lib/site/urls";

export const dynamic = "force-static";

export function generateStaticParams() {
  return [{ locale: "sv" }, { locale: "en" }];
}

export async function GET(_request: Request, { params }: RouteContext<"/opensearch/[locale]">) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response("Not found", { status: 404 });
  const t = getUiStrings(locale);
  const origin = siteOrigin();
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
  <ShortName>Fixpath (${locale})</ShortName>
  <Description>${t.searchLabel}</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Language>${locale}</Language>
  <Url type="text/html" method="get" template="${origin}/${locale}/search?q={searchTerms}"/>
  <Url type="application/json" method="get" template="${origin}/api/search?q={searchTerms}&amp;locale=${locale}"/>
</OpenSearchDescription>
`;
  return new Response(xml, {
    headers: { "Content-Type": "application/opensearchdescription+xml; charset=utf-8" },
  });
}
