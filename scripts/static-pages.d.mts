/** Types of static-pages.mjs, for the TypeScript that imports it (its unit test). */
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";
import type { StaticPagesManifest } from "../lib/schema/static-pages";

export const STATIC_PAGES_MANIFEST_FILE: string;
export function readStaticPagesManifest(
  distDir: string,
): { manifest: StaticPagesManifest; reason?: undefined } | { manifest?: undefined; reason: string };
export function staticRouteOf(
  manifest: StaticPagesManifest,
  method: string | undefined,
  url: string,
  headers: IncomingHttpHeaders,
): string | undefined;
export function chooseEncoding(acceptEncoding: string | undefined): "br" | "gzip" | "identity";
export function createStaticPageServer(options: {
  distDir: string;
  manifest: StaticPagesManifest;
  cacheBytes?: number;
}): (req: IncomingMessage, res: ServerResponse, fallback: () => unknown) => unknown;
