// Where a page sits in the catalog, for the breadcrumb trail: home › product › article › error (or flow).
import type { Article, Locale } from "../schema/entities";
import { articleProductSlug } from "./browse";
import { articlePath, homePath, productPath } from "./urls";

/** One step of the trail; the last (the page itself) has no link. */
export interface Crumb {
  label: string;
  href?: string;
}

/**
 * The trail of a page: `home` always, then the article's product and the article when there is one, then
 * `current` (the page's own title) unlinked. An article page passes no `current`: the article is the last crumb.
 */
export function buildBreadcrumbs(
  locale: Locale,
  homeLabel: string,
  place: {
    article?: Pick<Article, "id" | "title" | "product" | "productSlug">;
    /** Where on the article's page the current page's entity is written, e.g. an error's anchor. */
    anchor?: string;
    product?: string;
    current?: string;
  },
): Crumb[] {
  const crumbs: Crumb[] = [{ label: homeLabel, href: homePath(locale) }];
  const product = place.article ?? (place.product ? { product: place.product } : undefined);
  if (product)
    crumbs.push({ label: product.product, href: productPath(locale, articleProductSlug(product)) });
  if (place.article) {
    const href = articlePath(locale, place.article.id) + (place.anchor ? `#${place.anchor}` : "");
    crumbs.push({ label: place.article.title, href });
  }
  if (place.current) crumbs.push({ label: place.current });
  const last = crumbs[crumbs.length - 1]!;
  if (!place.current) crumbs[crumbs.length - 1] = { label: last.label };
  return crumbs;
}

/** The anchor of an error or flow on its article's page: the id the MDX writes, which the catalog may serve renamed. */
export function anchorInArticle(article: Pick<Article, "renamedIds">, servedId: string): string {
  const entry = Object.entries(article.renamedIds).find(([, id]) => id === servedId);
  return entry ? entry[0] : servedId;
}
