/**
 * The static pages manifest: every prerendered page the production server (scripts/serve.mjs) answers straight
 * from the build output, with the exact response headers computed at build time by
 * scripts/build-static-pages.ts. Written to `<distDir>/fixpath-static-pages.json`; the proxy reads only its
 * script hashes, for pages that still reach Next.js.
 */
import { z } from "zod";

/** One response header value, as sent. Example: `"nosniff"`. */
const HeaderValue = z.string().min(1);

export const StaticPageSchema = z.object({
  /**
   * The page's HTML, relative to the dist folder, with `/` separators.
   * Example: `"server/app/sv/errors/the-activation-did-not-complete-successfully.html"`.
   */
  file: z.string().min(1),
  /**
   * `'sha256-…'` CSP sources of the page's inline scripts, sorted (JSON-LD data blocks are not scripts).
   * Example: `["'sha256-3K7Lw…='", "'sha256-Zr2q…='"]`.
   */
  scriptHashes: z.array(z.string().regex(/^'sha256-[A-Za-z0-9+/]+=*'$/)),
  /**
   * Every header the server sends with the page, lower-case names, sorted; everything but `date`,
   * `content-length`, `content-encoding` and `connection`.
   * Example: `{ "cache-control": "public, max-age=0, must-revalidate", "content-security-policy": "default-src 'self'; …",
   * "content-type": "text/html; charset=utf-8", "etag": "\"kX1…\"", "x-content-type-options": "nosniff" }`.
   */
  headers: z.record(z.string().regex(/^[a-z0-9-]+$/), HeaderValue),
});

export const StaticPagesManifestSchema = z.object({
  /** Format version; the server refuses any other. Example: `1`. */
  version: z.literal(1),
  /** The Next.js build this manifest describes (`<distDir>/BUILD_ID`). Example: `"b6TqKcD1x0Fv9aZzR3n1M"`. */
  buildId: z.string().min(1),
  /**
   * Query parameters that need Next.js even on a static page (the proxy acts on them): a request carrying one
   * falls through. Example: `["lang"]`.
   */
  passThroughParams: z.array(z.string().min(1)),
  /**
   * Script hashes of the pages Next.js serves for unknown paths (the 404 pages), which the proxy adds to the
   * policy of pages rendered on demand. Example: `["'sha256-3K7Lw…='"]`.
   */
  fallbackScriptHashes: z.array(z.string()),
  /** Every static page by its path (decoded, no trailing slash), sorted. Example: `{ "/sv": { … } }`. */
  pages: z.record(z.string().startsWith("/"), StaticPageSchema),
});

export type StaticPage = z.infer<typeof StaticPageSchema>;
export type StaticPagesManifest = z.infer<typeof StaticPagesManifestSchema>;

/** The manifest's file name inside the dist folder. */
export const STATIC_PAGES_MANIFEST_FILE = "fixpath-static-pages.json";
