// After `next build`: the static pages manifest (lib/schema/static-pages.ts). For every prerendered page it
// records the file and every response header, its Content-Security-Policy with the sha256 hashes of exactly
// its inline scripts included, so scripts/serve.mjs answers it without running any code per request, and the
// proxy, where Next.js still serves a page, reads the same hashes. Sorted for deterministic output.
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import {
  STATIC_PAGES_MANIFEST_FILE,
  StaticPagesManifestSchema,
  type StaticPage,
  type StaticPagesManifest,
} from "../lib/schema/static-pages";
import { LANGUAGE_CHOICE_PARAM, LEGACY_FLOW_STEP_PARAM } from "../lib/site/urls";
import {
  describeStaticPage,
  headersForEveryPath,
  inlineScriptHashes,
  isStaticallyServed,
  routeOfPrerenderedFile,
  type ConfigHeaderRule,
  type PrerenderMeta,
} from "../lib/site/static-pages";

const root = process.cwd();
const distDir = path.join(root, process.env.FIXPATH_DIST_DIR || ".next");
const appDir = path.join(distDir, "server", "app");
/** The pages Next.js serves for paths it does not know; their scripts are allowed on pages rendered on demand. */
const NOT_FOUND_ROUTES = ["/_not-found", "/_global-not-found"];

async function listHtml(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) =>
      entry.isDirectory() ? listHtml(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
    ),
  );
  return nested.flat().filter((file) => file.endsWith(".html"));
}

async function readMeta(htmlFile: string): Promise<PrerenderMeta | undefined> {
  try {
    return JSON.parse(await readFile(htmlFile.replace(/\.html$/, ".meta"), "utf8")) as PrerenderMeta;
  } catch {
    return undefined;
  }
}

async function readConfigHeaders(): Promise<Record<string, string>> {
  const config = (await import(pathToFileURL(path.join(root, "next.config.js")).href)).default as {
    headers?: () => Promise<ConfigHeaderRule[]>;
  };
  return headersForEveryPath((await config.headers?.()) ?? []);
}

const sharedHeaders = await readConfigHeaders();
const pages: Record<string, StaticPage> = {};
const fallbackScriptHashes = new Set<string>();
for (const file of (await listHtml(appDir)).sort()) {
  const route = routeOfPrerenderedFile(path.relative(appDir, file));
  const html = await readFile(file, "utf8");
  if (NOT_FOUND_ROUTES.includes(route))
    for (const hash of inlineScriptHashes(html)) fallbackScriptHashes.add(hash);
  if (!isStaticallyServed(route, await readMeta(file))) continue;
  const relative = path.relative(distDir, file).split(path.sep).join("/");
  pages[route] = describeStaticPage({ file: relative, html, sharedHeaders });
}

const manifest: StaticPagesManifest = StaticPagesManifestSchema.parse({
  version: 1,
  buildId: (await readFile(path.join(distDir, "BUILD_ID"), "utf8")).trim(),
  // `lang`: the proxy stores the choice; `step`: an old guided-fix link the proxy redirects to its step page.
  passThroughParams: [LANGUAGE_CHOICE_PARAM, LEGACY_FLOW_STEP_PARAM],
  fallbackScriptHashes: [...fallbackScriptHashes].sort(),
  pages: Object.fromEntries(Object.entries(pages).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
});
await writeFile(path.join(distDir, STATIC_PAGES_MANIFEST_FILE), `${JSON.stringify(manifest, null, 1)}\n`);
console.log(
  `build-static-pages: ${Object.keys(pages).length} static pages with their headers in ${STATIC_PAGES_MANIFEST_FILE}`,
);
