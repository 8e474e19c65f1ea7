// A catalog in three locales for tests of twins, hreflang and the sitemap: one article in en, fr and ja;
// an error in all three, another in en and fr only; a flow in en and ja. The text is placeholder.
import type { Article, Catalog, ErrorEntry, Flow, Locale } from "../schema/entities";
import { threeCauseError, restoreFlow } from "../flows/flow-test-fixtures";

const UPDATED: Record<string, string> = { en: "2024-03-01", fr: "2024-03-02", ja: "2024-03-03" };

function article(locale: Locale, errors: string[], flows: string[]): Article {
  return {
    id: "sync-agent",
    locale,
    title: `Sync agent (${locale})`,
    description: "Fixes.",
    product: "Sync",
    updated: UPDATED[locale] ?? "2024-01-01",
    sourcePath: `content/${locale}/sync-agent.mdx`,
    errors,
    flows,
    toc: [],
    text: "",
    anchors: [],
    renamedIds: {},
    brokenLinks: [],
  };
}

const error = (locale: Locale, id: string): ErrorEntry => ({
  ...threeCauseError,
  id,
  locale,
  article: "sync-agent",
  source: { file: `content/${locale}/sync-agent.mdx`, line: 8, column: 1 },
});

const flow = (locale: Locale): Flow => ({ ...restoreFlow, locale, article: "sync-agent" });

export const threeLocaleCatalog: Catalog = {
  articles: [
    article("en", ["quota-exceeded", "token-expired"], [restoreFlow.id]),
    article("fr", ["quota-exceeded", "token-expired"], []),
    article("ja", ["quota-exceeded"], [restoreFlow.id]),
  ],
  errors: [
    error("en", "quota-exceeded"),
    error("en", "token-expired"),
    error("fr", "quota-exceeded"),
    error("fr", "token-expired"),
    error("ja", "quota-exceeded"),
  ],
  flows: [flow("en"), flow("ja")],
  diagnostics: [],
};
