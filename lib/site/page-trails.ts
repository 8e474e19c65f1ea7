/**
 * Where a page sits and where a reader may go from it: the breadcrumb trail of error, guided-fix and flow
 * pages, and the links offered once a guided fix has solved the problem.
 */
import type { Article, ErrorEntry, Flow, Locale } from "../schema/entities";
import type { UiStrings } from "../i18n/ui-strings";
import type { ErrorSummary } from "./error-view";
import { articlePath, errorPath, homePath } from "./urls";

/** One step of a breadcrumb trail; the last, the page itself, has no `href`. */
export interface Crumb {
  label: string;
  href?: string;
}

/** A link a solved guided fix offers. */
export interface LinkItem {
  label: string;
  href: string;
}

type ArticleRef = Pick<Article, "id" | "title">;

function homeAndArticle(t: UiStrings, locale: Locale, article: ArticleRef | undefined): Crumb[] {
  return [
    { label: t.siteName, href: homePath(locale) },
    ...(article ? [{ label: article.title, href: articlePath(locale, article.id) }] : []),
  ];
}

/** Home › article › error. */
export function errorCrumbs(t: UiStrings, error: ErrorEntry, article?: ArticleRef): Crumb[] {
  return [...homeAndArticle(t, error.locale, article), { label: error.title }];
}

/** Home › article › error › guided fix. */
export function errorFixCrumbs(t: UiStrings, error: ErrorEntry, article?: ArticleRef): Crumb[] {
  return [
    ...homeAndArticle(t, error.locale, article),
    { label: error.title, href: errorPath(error.locale, error.id) },
    { label: t.guidedFix },
  ];
}

/** Home › article › flow. */
export function flowCrumbs(t: UiStrings, flow: Flow, article?: ArticleRef): Crumb[] {
  return [...homeAndArticle(t, flow.locale, article), { label: flow.title }];
}

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
