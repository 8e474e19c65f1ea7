// The production server's fast path: answers a request for a prerendered page from the build output, with the
// headers scripts/build-static-pages.ts computed at build time (CSP with the page's script hashes, cache and
// security headers, ETag). No per-request code beyond a lookup; anything it does not know goes to Next.js.
// Plain JavaScript because Node runs it directly beside Next.js (types in static-pages.d.mts).
import { existsSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";

export const STATIC_PAGES_MANIFEST_FILE = "fixpath-static-pages.json";
/** Request headers of client-side navigation: the same URL then answers an RSC payload, which Next.js makes. */
const NEXT_ROUTER_HEADERS = [
  "rsc",
  "next-router-prefetch",
  "next-router-state-tree",
  "next-router-segment-prefetch",
];
/** Next.js's own query parameter for RSC payloads. */
const RSC_PARAM = "_rsc";
/** Compressed bodies are kept beside the raw one; pages are small, so memory is bounded by bytes below. */
const DEFAULT_CACHE_BYTES = 256 * 1024 * 1024;

/**
 * The manifest of `distDir`, or undefined (with the reason) when it is missing or belongs to another build:
 * then every request goes to Next.js, which is slower but still correct.
 */
export function readStaticPagesManifest(distDir) {
  const file = path.join(distDir, STATIC_PAGES_MANIFEST_FILE);
  if (!existsSync(file)) return { reason: `${STATIC_PAGES_MANIFEST_FILE} is missing: run \`npm run build\`` };
  const manifest = JSON.parse(readFileSync(file, "utf8"));
  if (manifest.version !== 1)
    return { reason: `${STATIC_PAGES_MANIFEST_FILE} has version ${manifest.version}` };
  const buildId = readFileSync(path.join(distDir, "BUILD_ID"), "utf8").trim();
  if (manifest.buildId !== buildId) {
    return { reason: `${STATIC_PAGES_MANIFEST_FILE} is from build ${manifest.buildId}, not ${buildId}` };
  }
  return { manifest };
}

function decodeQueryName(name) {
  try {
    return decodeURIComponent(name.replace(/\+/g, " "));
  } catch {
    return name;
  }
}

/**
 * The manifest path this request asks for, when the fast path may answer it: a GET or HEAD of a known page,
 * not a client navigation, and no query parameter the proxy acts on. Any other query is ignored, as Next.js
 * ignores it on a prerendered page. Encoded slashes and malformed escapes are left to Next.js.
 */
export function staticRouteOf(manifest, method, url, headers) {
  if (method !== "GET" && method !== "HEAD") return undefined;
  if (NEXT_ROUTER_HEADERS.some((name) => headers[name] !== undefined)) return undefined;
  const queryAt = url.indexOf("?");
  const rawPath = queryAt < 0 ? url : url.slice(0, queryAt);
  if (queryAt >= 0) {
    const names = url
      .slice(queryAt + 1)
      .split("&")
      .map((pair) => decodeQueryName(pair.split("=")[0] ?? ""));
    if (names.some((name) => name === RSC_PARAM || manifest.passThroughParams.includes(name)))
      return undefined;
  }
  let route = rawPath;
  if (rawPath.includes("%")) {
    if (/%2f|%5c/i.test(rawPath)) return undefined;
    try {
      route = decodeURIComponent(rawPath);
    } catch {
      return undefined;
    }
  }
  return Object.hasOwn(manifest.pages, route) ? route : undefined;
}

/** The encoding to answer with: brotli, then gzip, else none (a `;q=0` refuses one). */
export function chooseEncoding(acceptEncoding) {
  if (!acceptEncoding) return "identity";
  const accepted = new Set(
    acceptEncoding
      .split(",")
      .map((part) => part.trim().toLowerCase())
      .filter((part) => !/;\s*q=0(\.0*)?$/.test(part))
      .map((part) => part.split(";")[0].trim()),
  );
  if (accepted.has("br")) return "br";
  if (accepted.has("gzip")) return "gzip";
  return "identity";
}

function isFresh(ifNoneMatch, etag) {
  if (!ifNoneMatch) return false;
  return (
    ifNoneMatch.trim() === "*" ||
    ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag)
  );
}

/**
 * The fast path for one build: `serve(req, res, fallback)` answers a static page, or calls `fallback()` for
 * everything else. Bodies are read on first use and kept, up to `cacheBytes` (oldest dropped first).
 */
export function createStaticPageServer({ distDir, manifest, cacheBytes = DEFAULT_CACHE_BYTES }) {
  const bodies = new Map();
  let cachedBytes = 0;

  function remember(route, entry) {
    bodies.set(route, entry);
    cachedBytes += entry.raw.length;
    for (const [oldest, old] of bodies) {
      if (cachedBytes <= cacheBytes || oldest === route) break;
      bodies.delete(oldest);
      cachedBytes -= old.raw.length + (old.gzip?.length ?? 0) + (old.br?.length ?? 0);
    }
  }

  function encoded(entry, encoding) {
    if (encoding === "identity") return entry.raw;
    if (!entry[encoding]) {
      entry[encoding] = encoding === "br" ? brotliCompressSync(entry.raw) : gzipSync(entry.raw, { level: 9 });
      cachedBytes += entry[encoding].length;
    }
    return entry[encoding];
  }

  function send(req, res, page, entry) {
    const headers = page.headers;
    if (isFresh(req.headers["if-none-match"], headers.etag)) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    const encoding = chooseEncoding(req.headers["accept-encoding"]);
    const body = encoded(entry, encoding);
    res.writeHead(200, {
      ...headers,
      "content-length": body.length,
      ...(encoding === "identity" ? {} : { "content-encoding": encoding }),
    });
    res.end(req.method === "HEAD" ? undefined : body);
  }

  return function serve(req, res, fallback) {
    const route = staticRouteOf(manifest, req.method, req.url ?? "/", req.headers);
    if (route === undefined) return fallback();
    const page = manifest.pages[route];
    const cached = bodies.get(route);
    if (cached) return send(req, res, page, cached);
    return readFile(path.join(distDir, page.file)).then(
      (raw) => {
        const entry = { raw };
        remember(route, entry);
        send(req, res, page, entry);
      },
      () => fallback(), // the build changed under us: Next.js knows what to do
    );
  };
}
