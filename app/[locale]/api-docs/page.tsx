// The API and embedding, for people: every endpoint of the OpenAPI document, and how to embed in a wiki.
import type { Metadata } from "next";
import { getCatalog } from "@/lib/content/source.server";
import { getTranslation } from "@/lib/i18n/translation";
import { buildOpenApiDocument, listDocumentedOperations } from "@/lib/api/openapi";
import { requireLocale } from "@/lib/site/route-entities.server";
import { alternateLanguages, buildLanguageLinks } from "@/lib/site/page-twins";
import { apiDocsPath, siteOrigin } from "@/lib/site/urls";
import { PageShell } from "@/components/page-shell";

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
  const origin = siteOrigin();
  const operations = listDocumentedOperations(buildOpenApiDocument(origin));
  const snippets = [
    `<iframe src="${origin}/embed/${locale}/errors/<id>?causes=2" width="600" height="420" title="Fixpath" loading="lazy"></iframe>\n<script src="${origin}/embed-resize.js" defer></script>`,
    `${origin}/api/oembed?url=${encodeURIComponent(`${origin}/${locale}/errors/`)}<id>&format=json`,
    `<script src="${origin}/embed.js" defer></script>\n<fixpath-error code="34513" lang="${locale}"></fixpath-error>\n<fixpath-search lang="${locale}"></fixpath-search>`,
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
