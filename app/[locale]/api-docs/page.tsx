// The API and embedding, for people: every endpoint of the OpenAPI document, and how to embed in a wiki.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { Locale } from "@/lib/schema/entities";
import { isLocale } from "@/lib/i18n/negotiate-locale";
import { getUiStrings, otherLocale } from "@/lib/i18n/ui-strings";
import { buildOpenApiDocument, listDocumentedOperations } from "@/lib/api/openapi";
import { buildEmbedSnippets } from "@/lib/api/embed-snippets";
import { MAX_EMBED_CAUSES } from "@/lib/api/embed-options";
import { siteOrigin } from "@/lib/site/urls";
import { PageShell } from "@/components/page-shell";
import { CodeSample } from "@/components/code-sample";

type Words = Record<
  | "title"
  | "intro"
  | "endpoints"
  | "spec"
  | "embed"
  | "embedIntro"
  | "iframe"
  | "options"
  | "optionsIntro"
  | "theme"
  | "compact"
  | "causes"
  | "oembed"
  | "script"
  | "scriptTheme",
  string
>;

const WORDS: Record<Locale, Words> = {
  en: {
    title: "API and embedding",
    intro:
      "A read-only JSON API over every error, flow and article. Answers carry an ETag (send If-None-Match for a 304), are cached for five minutes and may be read from any origin.",
    endpoints: "Endpoints",
    spec: "The OpenAPI 3.1 document",
    embed: "Embed in your wiki",
    embedIntro: "Show an error card or a guided fix in another site with an iframe, oEmbed or a script tag.",
    iframe: "An iframe, kept as tall as its content by the resize script",
    options: "Options",
    optionsIntro: "Add them to the embed's address (anything else is ignored):",
    theme:
      "colours: light (the default, whatever the reader's system prefers), dark, or auto (follows the reader's system setting).",
    compact: "a tighter layout; the error card shows its causes' titles without their steps.",
    causes: `show only the first N causes (1 to ${MAX_EMBED_CAUSES}).`,
    oembed: "oEmbed: paste an error page's link into an oEmbed-aware editor, or ask the provider",
    script: "A script tag: a small web component reading the JSON API",
    scriptTheme: 'The element takes the same theme: theme="dark" or theme="auto" (light by default).',
  },
  sv: {
    title: "API och inbäddning",
    intro:
      "Ett skrivskyddat JSON-API över alla fel, flöden och artiklar. Svaren har en ETag (skicka If-None-Match för 304), cachas i fem minuter och kan läsas från alla ursprung.",
    endpoints: "Slutpunkter",
    spec: "OpenAPI 3.1-dokumentet",
    embed: "Bädda in i din wiki",
    embedIntro:
      "Visa ett felkort eller en guidad åtgärd på en annan webbplats med en iframe, oEmbed eller en script-tagg.",
    iframe: "En iframe, lika hög som innehållet tack vare skriptet",
    options: "Alternativ",
    optionsIntro: "Lägg till dem i inbäddningens adress (allt annat ignoreras):",
    theme:
      "färger: light (standard, oavsett läsarens systeminställning), dark, eller auto (följer läsarens systeminställning).",
    compact: "tätare layout; felkortet visar orsakernas rubriker utan steg.",
    causes: `visa bara de N första orsakerna (1 till ${MAX_EMBED_CAUSES}).`,
    oembed: "oEmbed: klistra in länken till en felsida i en redigerare som kan oEmbed, eller fråga tjänsten",
    script: "En script-tagg: en liten webbkomponent som läser JSON-API:t",
    scriptTheme: 'Elementet tar samma tema: theme="dark" eller theme="auto" (ljust som standard).',
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
  const t = getUiStrings(locale);
  const origin = siteOrigin();
  const operations = listDocumentedOperations(buildOpenApiDocument(origin));
  const snippets = buildEmbedSnippets(origin, locale);
  const copy = { copyLabel: t.copy, doneLabel: t.copied };
  const options: Array<[string, string]> = [
    ["theme=light|dark|auto", words.theme],
    ["compact=1", words.compact],
    ["causes=N", words.causes],
  ];
  return (
    <PageShell locale={locale} alternateHref={`/${otherLocale(locale)}/api-docs`}>
      <h1 className="text-2xl font-bold">{words.title}</h1>
      <p className="mt-2">{words.intro}</p>
      <p className="mt-2">
        <a className="text-accent underline" href="/api/v1/openapi.json">
          {words.spec}
        </a>
      </p>
      <h2 className="mt-6 text-xl font-bold">{words.endpoints}</h2>
      <ul className="mt-2 space-y-1 [overflow-wrap:anywhere]">
        {operations.map((operation) => (
          <li key={operation.path}>
            <code className="font-mono text-sm">GET {operation.path}</code>{" "}
            <span className="text-muted">— {operation.summary}</span>
          </li>
        ))}
      </ul>
      <h2 id="embed" className="mt-8 text-xl font-bold">
        {words.embed}
      </h2>
      <p className="mt-2">{words.embedIntro}</p>
      <CodeSample code={snippets.iframe} caption={words.iframe} {...copy} />
      <h3 id="embed-options" className="mt-6 font-bold">
        {words.options}
      </h3>
      <p className="mt-1">{words.optionsIntro}</p>
      <dl className="mt-2 space-y-2" data-testid="embed-options">
        {options.map(([name, description]) => (
          <div key={name} className="[overflow-wrap:anywhere]">
            <dt className="inline">
              <code className="rounded bg-card px-1 font-mono text-sm">{name}</code>
            </dt>{" "}
            <dd className="inline">{description}</dd>
          </div>
        ))}
      </dl>
      <CodeSample code={snippets.oembed} caption={words.oembed} {...copy} />
      <CodeSample code={snippets.scriptTag} caption={words.script} {...copy} />
      <p className="mt-2 text-sm text-muted">{words.scriptTheme}</p>
    </PageShell>
  );
}
