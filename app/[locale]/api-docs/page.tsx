// The API and embedding, for people: every endpoint of the OpenAPI document, and how to embed in a wiki.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { Locale } from "@/lib/schema/entities";
import { isLocale } from "@/lib/i18n/negotiate-locale";
import { buildOpenApiDocument, listDocumentedOperations } from "@/lib/api/openapi";
import { siteOrigin } from "@/lib/site/urls";
import { PageShell } from "@/components/page-shell";

const WORDS: Record<
  Locale,
  Record<"title" | "intro" | "endpoints" | "spec" | "embed" | "embedIntro", string>
> = {
  en: {
    title: "API and embedding",
    intro:
      "A read-only JSON API over every error, flow and article. Answers carry an ETag (send If-None-Match for a 304), are cached for five minutes and may be read from any origin.",
    endpoints: "Endpoints",
    spec: "The OpenAPI 3.1 document",
    embed: "Embed in your wiki",
    embedIntro: "Show an error card or a guided fix in another site with an iframe, oEmbed or a script tag:",
  },
  sv: {
    title: "API och inbäddning",
    intro:
      "Ett skrivskyddat JSON-API över alla fel, flöden och artiklar. Svaren har en ETag (skicka If-None-Match för 304), cachas i fem minuter och kan läsas från alla ursprung.",
    endpoints: "Slutpunkter",
    spec: "OpenAPI 3.1-dokumentet",
    embed: "Bädda in i din wiki",
    embedIntro:
      "Visa ett felkort eller en guidad åtgärd på en annan webbplats med en iframe, oEmbed eller en script-tagg:",
  },
};

export async function generateMetadata({ params }: PageProps<"/[locale]/api-docs">): Promise<Metadata> {
  const { locale } = await params;
  return {
    title: WORDS[isLocale(locale) ? locale : "en"].title,
    alternates: { canonical: `/${locale}/api-docs` },
  };
}

export default async function ApiDocsPage({ params }: PageProps<"/[locale]/api-docs">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const words = WORDS[locale];
  const origin = siteOrigin();
  const operations = listDocumentedOperations(buildOpenApiDocument(origin));
  const snippets = [
    `<iframe src="${origin}/embed/${locale}/errors/<id>?causes=2" width="600" height="420" title="Fixpath" loading="lazy"></iframe>\n<script src="${origin}/embed-resize.js" defer></script>`,
    `${origin}/api/oembed?url=${encodeURIComponent(`${origin}/${locale}/errors/`)}<id>&format=json`,
    `<script src="${origin}/embed.js" defer></script>\n<fixpath-error code="34513" lang="${locale}"></fixpath-error>\n<fixpath-search lang="${locale}"></fixpath-search>`,
  ];
  return (
    <PageShell locale={locale} alternateHref={`/${locale === "sv" ? "en" : "sv"}/api-docs`}>
      <h1 className="text-2xl font-bold">{words.title}</h1>
      <p className="mt-2">{words.intro}</p>
      <p className="mt-2">
        <a className="text-accent underline" href="/api/v1/openapi.json">
          {words.spec}
        </a>
      </p>
      <h2 className="mt-6 text-xl font-bold">{words.endpoints}</h2>
      <ul className="mt-2 space-y-1">
        {operations.map((operation) => (
          <li key={operation.path}>
            <code className="font-mono text-sm">GET {operation.path}</code>{" "}
            <span className="text-muted">— {operation.summary}</span>
          </li>
        ))}
      </ul>
      <h2 className="mt-6 text-xl font-bold">{words.embed}</h2>
      <p className="mt-2">{words.embedIntro}</p>
      {snippets.map((snippet) => (
        <pre
          key={snippet}
          tabIndex={0}
          className="mt-3 overflow-x-auto rounded border border-line bg-card p-3 text-sm"
        >
          <code>{snippet}</code>
        </pre>
      ))}
    </PageShell>
  );
}
