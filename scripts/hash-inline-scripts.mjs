// After `next build`: hash every inline <script> of every prerendered page, so the proxy can allow
// exactly those scripts per path (CSP hashes keep pages static; nonces would force per-request rendering).
// Writes .next/fixpath-csp-hashes.json: { "/sv/errors/x": ["'sha256-…'", …], … }, sorted for determinism.
import { createHash } from "node:crypto";
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

const distDir = path.join(process.cwd(), process.env.FIXPATH_DIST_DIR || ".next");
const appDir = path.join(distDir, "server", "app");
const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;

async function listHtml(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const files = await Promise.all(
    entries.map((e) => (e.isDirectory() ? listHtml(path.join(dir, e.name)) : [path.join(dir, e.name)])),
  );
  return files.flat().filter((f) => f.endsWith(".html"));
}

function routeOf(file) {
  const rel = path
    .relative(appDir, file)
    .replace(/\\/g, "/")
    .replace(/\.html$/, "");
  return rel === "index" ? "/" : `/${rel}`;
}

const hashes = {};
for (const file of (await listHtml(appDir)).sort()) {
  const html = await readFile(file, "utf8");
  const sources = new Set();
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    if (match[0].includes('type="application/ld+json"')) continue; // data, not script
    sources.add(`'sha256-${createHash("sha256").update(match[1], "utf8").digest("base64")}'`);
  }
  hashes[routeOf(file)] = [...sources].sort();
}
await writeFile(path.join(distDir, "fixpath-csp-hashes.json"), JSON.stringify(hashes, null, 1));
console.log(
  `hash-inline-scripts: hashed the inline scripts of ${Object.keys(hashes).length} prerendered pages`,
);
