// The API and embedding, for people: every endpoint of the OpenAPI document, and how to embed in a wiki.
import type { Metadata } from "next";
import { getCatalog } from "@/lib/content/source.server";
import { fillTemplate, getTranslation } from "@/lib/i18n/translation";
import { getUiStrings } from "@/lib/i18n/ui-strings";
import { buildOpenApiDocument, listDocumentedOperations } from "@/lib/api/openapi";
import { buildEmbedSnippets } from "@/lib/api/embed-snippets";
import { MAX_EMBED_CAUSES } from "@/lib/api/embed-options";
import { requireLocale } from "@/lib/site/route-entities.server";
import { alternateLanguages, buildLanguageLinks } from "@/lib/site/page-twins";
import { apiDocsPath, siteOrigin } from "@/lib/site/urls";
import { PageShell } from "@/components/page-shell";
import { CodeSample } from "@/components/code-sample";

const API_DOCS = { kind: "api-docs" } as const;

export async function generateMetadata({ params }: PageProps<"/[locale]/api-docs">): Promise<Metadata> {
  const locale = await requireLocale(params);
  return {
    title: getTranslation(locale).apiDocs.title,
    alternates: {
      canonical: apiDocsPath(locale),
      languages: alternateLanguages(await getCatalog(), API_DOCS),
    },
  };
}

export default async function ApiDocsPage({ params }: PageProps<"/[locale]/api-docs">) {
  const locale = await requireLocale(params);
  const words = getTranslation(locale).apiDocs;
  const t = getUiStrings(locale);
  const origin = siteOrigin();
  const operations = listDocumentedOperations(buildOpenApiDocument(origin));
  const snippets = buildEmbedSnippets(origin, locale);
  const copy = { copyLabel: t.copy, doneLabel: t.copied };
  const options: Array<[string, string]> = [
    ["theme=light|dark|auto", words.theme],
    ["compact=1", words.compact],
    ["causes=N", fillTemplate(words.causes, { max: MAX_EMBED_CAUSES })],
  ];
  return (
    <PageShell locale={locale} languages={buildLanguageLinks(await getCatalog(), API_DOCS, locale)}>
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
