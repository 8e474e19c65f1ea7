/**
 * Checks internal links (`#anchor`, `/<locale>/articles|errors|flows/<id>`) against the built catalog. A broken
 * link in content the team wrote is an error; in an imported article (front matter `origin`) it is upstream's
 * problem, so it is a warning that does not stop the build.
 */
import type { Article, Diagnostic, ErrorEntry, Flow } from "@/lib/schema/entities";
import { LOCALE_SUBPATTERN } from "@/lib/schema/locales";
import type { LocatedLink } from "./collect-links";

export interface LinkTargets {
  articles: readonly Article[];
  errors: readonly ErrorEntry[];
  flows: readonly Flow[];
}

/** The catalog's link targets keyed `<locale>/<id>`, built once per catalog so each link is one lookup. */
export interface LinkIndex {
  articles: ReadonlyMap<string, Article>;
  errors: ReadonlySet<string>;
  flows: ReadonlySet<string>;
}

export function indexLinkTargets(targets: LinkTargets): LinkIndex {
  const key = (e: { locale: string; id: string }) => `${e.locale}/${e.id}`;
  return {
    articles: new Map(targets.articles.map((a) => [key(a), a])),
    errors: new Set(targets.errors.map(key)),
    flows: new Set(targets.flows.map(key)),
  };
}

const SITE_PATH = new RegExp(`^/(${LOCALE_SUBPATTERN})/(articles|errors|flows)/([^/#?]+)/?(?:#(.*))?$`);

/** The links of one article whose target does not exist. */
export interface LinkCheck {
  /** One per broken link, located. */
  diagnostics: Diagnostic[];
  /** An imported article's broken hrefs, sorted, which the portal shows as text (none for our own content). */
  demoted: string[];
}

export function checkLinks(article: Article, links: readonly LocatedLink[], index: LinkIndex): LinkCheck {
  const imported = article.origin !== undefined;
  const diagnostics: Diagnostic[] = [];
  const demoted = new Set<string>();
  for (const link of links) {
    const problem = findLinkProblem(link.href, article, index);
    if (!problem) continue;
    if (imported) demoted.add(link.href);
    const warning = imported && problem.severity === "error";
    diagnostics.push({
      ...link.location,
      severity: warning ? "warning" : problem.severity,
      message: warning
        ? `${problem.message} (imported content, so a warning: fix it upstream or in the MDX)`
        : problem.message,
    });
  }
  return { diagnostics, demoted: [...demoted].sort() };
}

interface LinkProblem {
  severity: Diagnostic["severity"];
  message: string;
}

function findLinkProblem(href: string, article: Article, targets: LinkIndex): LinkProblem | undefined {
  if (href.startsWith("#")) return checkAnchor(decodeAnchor(href.slice(1)), article, href);
  const site = SITE_PATH.exec(href);
  if (site) {
    const [, locale, kind, id = "", anchor] = site;
    if (kind === "errors")
      return targets.errors.has(`${locale}/${id}`)
        ? undefined
        : missing(href, `no error "${id}" in ${locale}`);
    if (kind === "flows")
      return targets.flows.has(`${locale}/${id}`) ? undefined : missing(href, `no flow "${id}" in ${locale}`);
    const target = targets.articles.get(`${locale}/${id}`);
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

/** Each article's anchors as a set, made once: an article with thousands of links stays linear to check. */
const anchorSets = new WeakMap<Article, ReadonlySet<string>>();
function anchorsOf(article: Article): ReadonlySet<string> {
  let anchors = anchorSets.get(article);
  if (!anchors) anchorSets.set(article, (anchors = new Set(article.anchors)));
  return anchors;
}

function checkAnchor(anchor: string, article: Article, href: string): LinkProblem | undefined {
  if (anchorsOf(article).has(anchor)) return undefined;
  return missing(href, `article "${article.id}" (${article.locale}) has no anchor "${anchor}"`);
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
