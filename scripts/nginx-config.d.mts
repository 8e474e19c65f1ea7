/** Types of nginx-config.mjs, for the TypeScript that imports it (its unit test). */
import type { StaticPagesManifest } from "../lib/schema/static-pages";

export function quoteNginx(value: string): string;
export function buildNginxConfig(options: {
  manifest: StaticPagesManifest;
  distDir: string;
  listen: string;
  upstreams: readonly string[];
  prefix: string;
}): string;
