// Rewrites links and images for the portal: relative `.md` links to unknown docs become absolute links to the
// source site, in-article anchors follow renamed ids, and missing images become their alt text.
import type { Emphasis, Image, Link, Parent, PhrasingContent, Root } from "mdast";
import { SKIP, visit } from "unist-util-visit";
import { scriptCapableScheme } from "../content/url-safety";
import type { DiagnosticSink, Place } from "./diagnostic";
import type { ReadDocument } from "./document-root";
import { normalizeId } from "./make-id";

export interface LinkContext {
  /** Directory of the article on the source site, e.g. `azure/backup`. */
  siteDirectory: string;
  /** Source site language segment, e.g. `sv-se`. */
  siteLanguage: string;
  /** Portal locale, for links to docs the portal has. */
  locale: string;
  /** Doc names (`name` or `name.md`) the portal has, each with its article id (a set: the id is the name). */
  knownDocs: ReadonlySet<string> | ReadonlyMap<string, string>;
  /** Source anchors → ids in the written article. */
  anchorIds: ReadonlyMap<string, string>;
  /** Checks files relative to the article, confined to the documentation root. */
  readDocument?: ReadDocument;
  /** Resolved relative image paths, so each missing image is reported once per place. */
  sink: DiagnosticSink;
}

const SOURCE_SITE = "https://learn.microsoft.com";

/** Rewrites every link and image in the tree in place. */
export function rewriteLinks(tree: Root, context: LinkContext): void {
  visit(tree, (node, index, parent) => {
    if ((node.type === "link" || node.type === "image") && parent && index !== undefined) {
      const inert = removeScriptUrl(node, node.position?.start ?? parent.position?.start, context);
      if (inert) {
        (parent as Parent).children.splice(index, 1, ...inert);
        return [SKIP, index];
      }
    }
    if (node.type === "link" && parent && index !== undefined && isBrokenAnchor(node, context)) {
      (parent as Parent).children.splice(index, 1, ...node.children);
      return index;
    }
    if (node.type === "link" && parent && index !== undefined) {
      const unconfined = removeUnconfinedLink(node, node.position?.start ?? parent.position?.start, context);
      if (unconfined) {
        (parent as Parent).children.splice(index, 1, ...unconfined);
        return [SKIP, index];
      }
      rewriteLink(node, context);
    }
    if (node.type === "image" && parent && index !== undefined) {
      const replacement = checkImage(node, context);
      if (replacement) {
        (parent as Parent).children[index] = replacement;
      }
    }
  });
}

/**
 * A link or image whose URL could run script (`javascript:`, `data:`, also with entities or control characters
 * in the scheme) becomes its text, with a located info; the same rule as `check` (lib/content/url-safety.ts).
 */
function removeScriptUrl(
  node: Link | Image,
  place: Place | undefined,
  context: LinkContext,
): PhrasingContent[] | undefined {
  const scheme = scriptCapableScheme(node.url);
  if (!scheme) return undefined;
  context.sink.report(
    place,
    "info",
    `${node.type} to a ${scheme}: URL was removed (its text is kept): such URLs can run script; link to an https:// address`,
  );
  if (node.type === "link") return node.children;
  return node.alt ? [{ type: "text", value: node.alt }] : [];
}

/**
 * A link to a file outside the documentation root (`../../../etc/passwd`, `file:///…`, `C:\…`) becomes its
 * text: the portal must not point readers at files of the machine that imported it. A file URL or drive path
 * is an error (no upstream document means it); a relative link that leaves the root is how docs sets refer to
 * articles that were not imported, so it is a warning: nothing is read, and the import goes on.
 */
function removeUnconfinedLink(
  link: Link,
  place: Place | undefined,
  context: LinkContext,
): PhrasingContent[] | undefined {
  const url = link.url.trim();
  const fileUrl = /^file:/i.test(url) || /^[a-z]:[\\/]/i.test(url) || url.startsWith("\\\\");
  const relative = !fileUrl && !/^[a-z][a-z0-9+.-]*:/i.test(url) && !/^[#/]/.test(url) && url !== "";
  const outside = relative && context.readDocument?.(url, undefined, { text: false }).kind === "outside";
  if (!fileUrl && !outside) return undefined;
  context.sink.report(
    place,
    fileUrl ? "error" : "warning",
    fileUrl
      ? `link ${url} names a file on this machine and was removed (its text is kept): link to a doc in the documentation root or an https:// address`
      : `link ${url} points outside the documentation root and was removed (its text is kept): link inside the folder being imported, or pass --root`,
  );
  return link.children;
}

function rewriteLink(link: Link, context: LinkContext): void {
  const url = link.url.trim();
  if (url.startsWith("#")) {
    link.url = `#${resolveAnchor(url.slice(1), context)}`;
    return;
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith("//")) return;
  const [pathAndQuery = "", hash] = url.split("#", 2);
  const path = pathAndQuery.split("?")[0] ?? "";
  if (path.startsWith("/")) {
    link.url = `${SOURCE_SITE}/${context.siteLanguage}${path.replace(/\.md$/, "")}${hash ? `#${hash}` : ""}`;
    return;
  }
  if (!/\.md$/i.test(path)) return;
  const name = path.split("/").pop()!.replace(/\.md$/i, "");
  const articleId = findKnownDoc(context.knownDocs, name);
  if (articleId) {
    link.url = `/${context.locale}/articles/${articleId}${hash ? `#${normalizeId(hash)}` : ""}`;
    return;
  }
  const absolute = `${SOURCE_SITE}/${context.siteLanguage}/${joinPath(context.siteDirectory, path.replace(/\.md$/i, ""))}${hash ? `#${hash}` : ""}`;
  link.url = absolute;
  context.sink.report(
    link.position?.start,
    "info",
    `link to ${path}, which is not imported, now points to the source site (${absolute}); import that doc to link it locally`,
  );
}

/** The article id of an imported doc named `name` (with or without `.md`); undefined when it is not imported. */
function findKnownDoc(
  knownDocs: ReadonlySet<string> | ReadonlyMap<string, string>,
  name: string,
): string | undefined {
  for (const key of [name, `${name}.md`]) {
    if (!knownDocs.has(key)) continue;
    return knownDocs instanceof Map ? knownDocs.get(key) : normalizeId(name);
  }
  return undefined;
}

/** An in-document link to an anchor the document does not have: reported, and shown as its text. */
function isBrokenAnchor(link: Link, context: LinkContext): boolean {
  const url = link.url.trim();
  if (!url.startsWith("#") || url.length === 1) return false;
  const anchor = url.slice(1);
  if (findAnchor(anchor, context) !== undefined) return false;
  context.sink.report(
    link.position?.start,
    "warning",
    `link to #${anchor}, which no heading or anchor of this document defines, is shown as plain text: fix the anchor upstream or in the MDX`,
  );
  return true;
}

function findAnchor(anchor: string, context: LinkContext): string | undefined {
  return (
    context.anchorIds.get(anchor) ??
    context.anchorIds.get(anchor.toLowerCase()) ??
    context.anchorIds.get(normalizeId(anchor))
  );
}

function resolveAnchor(anchor: string, context: LinkContext): string {
  return (
    context.anchorIds.get(anchor) ??
    context.anchorIds.get(anchor.toLowerCase()) ??
    context.anchorIds.get(normalizeId(anchor)) ??
    normalizeId(anchor)
  );
}

function checkImage(image: Image, context: LinkContext): Emphasis | undefined {
  const url = image.url.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return undefined;
  const path = url.replace(/\/+$/, "");
  const found = context.readDocument?.(path, undefined, { text: false }) ?? { kind: "missing" };
  if (found.kind === "found") return undefined;
  context.sink.report(
    image.position?.start,
    found.kind === "missing" ? "warning" : "error",
    found.kind === "missing"
      ? `image ${path} does not exist: its alt text is shown in italics instead; add the image file or remove the reference`
      : `image ${path} ${found.kind === "absolute" ? "is an absolute path" : "points outside the documentation root"} and was not used: its alt text is shown in italics instead; keep images inside the folder being imported`,
  );
  return {
    type: "emphasis",
    children: [{ type: "text", value: image.alt || path.split("/").pop() || "image" }],
  };
}

/** Joins a site directory with a relative path, resolving `./` and `../`. */
export function joinPath(directory: string, relative: string): string {
  const parts = directory.split("/").filter(Boolean);
  for (const part of relative.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") parts.pop();
    else parts.push(part);
  }
  return parts.join("/");
}
