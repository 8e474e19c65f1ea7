// OpenSearch description, so a browser can search Fixpath from its address bar: one per served language.
import { isServedLocale, listLocales } from "@/lib/content/source.server";
import { getUiStrings } from "@/lib/i18n/ui-strings";
import { escapeHtmlAttribute } from "@/lib/api/oembed";
import { searchPath, siteOrigin } from "@/lib/site/urls";

export const dynamic = "force-static";

export async function generateStaticParams() {
  return (await listLocales()).map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: RouteContext<"/opensearch/[locale]">) {
  const { locale } = await params;
  if (!(await isServedLocale(locale))) return new Response("Not found", { status: 404 });
  const t = getUiStrings(locale);
  const origin = siteOrigin();
  // The words are ours, but a translation may hold `&` or `<`: escaped like any text in XML.
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
  <ShortName>Fixpath (${locale})</ShortName>
  <Description>${escapeHtmlAttribute(t.searchLabel)}</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Language>${locale}</Language>
  <Url type="text/html" method="get" template="${origin}${searchPath(locale)}?q={searchTerms}"/>
  <Url type="application/json" method="get" template="${origin}/api/search?q={searchTerms}&amp;locale=${locale}"/>
</OpenSearchDescription>
`;
  return new Response(xml, {
    headers: { "Content-Type": "application/opensearchdescription+xml; charset=utf-8" },
  });
}
