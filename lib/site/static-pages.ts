/**
 * Which prerendered pages the production server answers from the build output, and with which headers.
 * Pure: scripts/build-static-pages.ts feeds it the build's files and writes the manifest
 * (lib/schema/static-pages.ts); scripts/serve.mjs only replays what it computed.
 */
import { createHash } from "node:crypto";
import type { StaticPage } from "../schema/static-pages";
import { buildContentSecurityPolicy } from "./content-security-policy";

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g;

/**
 * Cache policy of a static page: caches may store it but must ask again each time (a cheap 304 thanks to the
 * ETag), so a new deploy is seen at once and no CDN keeps an old page for a year (Next.js's own default).
 */
export const STATIC_PAGE_CACHE_CONTROL = "public, max-age=0, must-revalidate";

/**
 * What else the same URL may answer, so shared caches keep the answers apart: the RSC payload of client
 * navigation (the server lets those requests through to Next.js) and each content encoding it negotiates.
 */
export const STATIC_PAGE_VARY =
  "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, accept-encoding";

/** `'sha256-…'` CSP sources of every inline script of a page, sorted and unique; JSON-LD is data, not script. */
export function inlineScriptHashes(html: string): string[] {
  const sources = new Set<string>();
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    if (/\btype=["']?application\/ld\+json/i.test(match[1] ?? "")) continue;
    sources.add(
      `'sha256-${createHash("sha256")
        .update(match[2] ?? "", "utf8")
        .digest("base64")}'`,
    );
  }
  return [...sources].sort();
}

/** A strong ETag naming exactly these bytes. */
export function contentTag(body: string | Uint8Array): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
}

/** The path a prerendered HTML file answers: `sv/errors/x.html` → `/sv/errors/x`, `index.html` → `/`. */
export function routeOfPrerenderedFile(relativeFile: string): string {
  const route = relativeFile.replace(/\\/g, "/").replace(/\.html$/, "");
  return route === "index" ? "/" : `/${route}`;
}

/** What Next.js wrote beside a prerendered page (`<page>.meta`); absent for pages without one. */
export interface PrerenderMeta {
  status?: number;
  headers?: Record<string, string | string[]>;
}

/**
 * True when the server may answer this prerendered page itself. Left to Next.js: internal pages (`/_not-found`),
 * pages whose prerender is not a plain 200, and embed views, whose `frame-ancestors` comes from the runtime
 * environment (FIXPATH_EMBED_ORIGINS) rather than the build.
 */
export function isStaticallyServed(route: string, meta: PrerenderMeta | undefined): boolean {
  if (route.split("/").some((segment) => segment.startsWith("_"))) return false;
  if (route === "/embed" || route.startsWith("/embed/")) return false;
  return (meta?.status ?? 200) === 200;
}

/** A `headers()` rule of next.config.js. */
export interface ConfigHeaderRule {
  source: string;
  headers: { key: string; value: string }[];
}

/**
 * The headers next.config.js gives every path (`source: "/:path*"`). A rule for anything narrower is refused,
 * since the manifest could not tell which static pages it covers: extend this function when one is added.
 */
export function headersForEveryPath(rules: readonly ConfigHeaderRule[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    if (rule.source !== "/:path*") {
      throw new Error(
        `next.config.js headers(): source "${rule.source}" is not supported by the static pages manifest ` +
          `(only "/:path*"); teach lib/site/static-pages.ts which pages it matches`,
      );
    }
    for (const { key, value } of rule.headers) headers[key.toLowerCase()] = value;
  }
  return headers;
}

/** Every header a static page is sent with, sorted by name. */
export function staticPageHeaders(options: {
  html: string;
  scriptHashes: readonly string[];
  sharedHeaders: Record<string, string>;
}): Record<string, string> {
  const headers: Record<string, string> = {
    ...options.sharedHeaders,
    "cache-control": STATIC_PAGE_CACHE_CONTROL,
    "content-security-policy": buildContentSecurityPolicy({
      scriptHashes: options.scriptHashes,
      frameAncestors: "'none'",
    }),
    "content-type": "text/html; charset=utf-8",
    etag: contentTag(options.html),
    vary: STATIC_PAGE_VARY,
  };
  return Object.fromEntries(Object.entries(headers).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** One manifest entry for a prerendered page. */
export function describeStaticPage(options: {
  file: string;
  html: string;
  sharedHeaders: Record<string, string>;
}): StaticPage {
  const scriptHashes = inlineScriptHashes(options.html);
  return {
    file: options.file,
    scriptHashes,
    headers: staticPageHeaders({ html: options.html, scriptHashes, sharedHeaders: options.sharedHeaders }),
  };
}
