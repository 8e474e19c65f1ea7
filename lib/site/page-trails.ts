/** Where a reader may go once a guided fix has solved the problem (the trail above pages: ./breadcrumbs.ts). */
import type { Article, ErrorEntry, Locale } from "../schema/entities";
import type { UiStrings } from "../i18n/ui-strings";
import type { ErrorSummary } from "./error-view";
import { articlePath, errorPath } from "./urls";

/** A link a solved guided fix offers. */
export interface LinkItem {
  label: string;
  href: string;
}

type ArticleRef = Pick<Article, "id" | "title">;

/** After a solved fix: back to the error (if any) and the whole article, and errors related to it. */
export function linksAfterFix(
  t: UiStrings,
  locale: Locale,
  options: { error?: ErrorEntry; article?: ArticleRef; related?: readonly ErrorSummary[] },
): { links: LinkItem[]; related: Array<LinkItem & { codes: string[] }> } {
  const { error, article, related = [] } = options;
  return {
    links: [
      ...(error ? [{ label: t.openErrorPage, href: errorPath(locale, error.id) }] : []),
      ...(article
        ? [{ label: `${t.readArticle}: ${article.title}`, href: articlePath(locale, article.id) }]
        : []),
    ],
    related: related.map((summary) => ({
      label: summary.title,
      href: errorPath(locale, summary.id),
      codes: summary.codes,
    })),
  };
}
