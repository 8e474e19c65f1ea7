/** Checks internal links (`#anchor`, `/<locale>/articles|errors|flows/<id>`) against the built catalog. */
import type { Article, Diagnostic, ErrorEntry, Flow } from "@/lib/schema/entities";
import type { LocatedLink } from "./collect-links";

export interface LinkTargets {
  articles: readonly Article[];
  errors: readonly ErrorEntry[];
  flows: readonly Flow[];
}

const SITE_PATH = /^\/(sv|en)\/(articles|errors|flows)\/([^/#?]+)\/?(?:#(.*))?$/;

/** Returns one diagnostic per link whose target does not exist. */
export function checkLinks(
  article: Article,
  links: readonly LocatedLink[],
  targets: LinkTargets,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const link of links) {
    const problem = findLinkProblem(link.href, article, targets);
    if (problem) diagnostics.push({ ...link.location, severity: problem.severity, message: problem.message });
  }
  return diagnostics;
}

interface LinkProblem {
  severity: Diagnostic["severity"];
  message: string;
}

function findLinkProblem(href: string, article: Article, targets: LinkTargets): LinkProblem | undefined {
  if (href.startsWith("#")) return checkAnchor(decodeAnchor(href.slice(1)), article, href);
  const site = SITE_PATH.exec(href);
  if (site) {
    const [, locale, kind, id = "", anchor] = site;
    if (kind === "errors")
      return exists(targets.errors, locale, id) ? undefined : missing(href, `no error "${id}" in ${locale}`);
    if (kind === "flows")
      return exists(targets.flows, locale, id) ? undefined : missing(href, `no flow "${id}" in ${locale}`);
    const target = targets.articles.find((a) => a.locale === locale && a.id === id);
    if (!target) return missing(href, `no article "${id}" in ${locale}`);
    return anchor === undefined ? undefined : checkAnchor(decodeAnchor(anchor), target, href);
  }
  if (/^[^/:#?]+\.mdx?(?:[#?]|$)/i.test(href)) {
    return {
      severity: "warning",
      message: `relative link ${href} will not resolve on the site: link to /<locale>/articles/<id> or an https:// address`,
    };
  }
  return undefined;
}

function checkAnchor(anchor: string, article: Article, href: string): LinkProblem | undefined {
  if (article.anchors.includes(anchor) || anchor in article.redirects) return undefined;
  return missing(href, `article "${article.id}" (${article.locale}) has no anchor "${anchor}"`);
}

function exists(
  entities: readonly { locale: string; id: string }[],
  locale: string | undefined,
  id: string,
): boolean {
  return entities.some((e) => e.locale === locale && e.id === id);
}

function missing(href: string, why: string): LinkProblem {
  return { severity: "error", message: `broken link ${href}: ${why}; fix the link or the target` };
}

function decodeAnchor(anchor: string): string {
  try {
    return decodeURIComponent(anchor);
  } catch {
    return anchor;
  }
}
