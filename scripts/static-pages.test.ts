// The production server's fast path, on a real HTTP server over a temporary build folder.
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  STATIC_PAGES_MANIFEST_FILE as SCHEMA_FILE_NAME,
  type StaticPagesManifest,
} from "../lib/schema/static-pages";
import {
  STATIC_PAGES_MANIFEST_FILE,
  chooseEncoding,
  createStaticPageServer,
  readStaticPagesManifest,
  staticRouteOf,
} from "./static-pages.mjs";

const HTML = "<html><body><h1>Static page</h1></body></html>";
const manifest: StaticPagesManifest = {
  version: 1,
  buildId: "build-1",
  passThroughParams: ["lang"],
  fallbackScriptHashes: [],
  pages: {
    "/sv/errors/x": {
      file: "server/app/sv/errors/x.html",
      scriptHashes: [],
      headers: {
        "content-security-policy": "default-src 'self'",
        "content-type": "text/html; charset=utf-8",
        etag: '"abc"',
      },
    },
    "/sv/errors/å": { file: "server/app/sv/errors/å.html", scriptHashes: [], headers: { etag: '"def"' } },
  },
};

describe("staticRouteOf", () => {
  it("finds a known page, with any query the proxy ignores", () => {
    expect(staticRouteOf(manifest, "GET", "/sv/errors/x", {})).toBe("/sv/errors/x");
    expect(staticRouteOf(manifest, "HEAD", "/sv/errors/x?utm_source=mail", {})).toBe("/sv/errors/x");
    expect(staticRouteOf(manifest, "GET", "/sv/errors/%C3%A5", {})).toBe("/sv/errors/å");
  });

  it("leaves to Next.js other methods, client navigation, the proxy's parameters and odd paths", () => {
    expect(staticRouteOf(manifest, "POST", "/sv/errors/x", {})).toBeUndefined();
    expect(staticRouteOf(manifest, "GET", "/sv/errors/x", { rsc: "1" })).toBeUndefined();
    expect(staticRouteOf(manifest, "GET", "/sv/errors/x?_rsc=abc", {})).toBeUndefined();
    expect(staticRouteOf(manifest, "GET", "/sv/errors/x?lang=en", {})).toBeUndefined();
    expect(staticRouteOf(manifest, "GET", "/sv/errors/x?q=1&%6Cang=en", {})).toBeUndefined();
    expect(staticRouteOf(manifest, "GET", "/sv/errors/x/", {})).toBeUndefined();
    expect(staticRouteOf(manifest, "GET", "/sv%2Ferrors/x", {})).toBeUndefined();
    expect(staticRouteOf(manifest, "GET", "/sv/errors/%E0%A4%A", {})).toBeUndefined();
    expect(staticRouteOf(manifest, "GET", "/sv/errors/y", {})).toBeUndefined();
    expect(staticRouteOf(manifest, "GET", "/constructor", {})).toBeUndefined();
  });
});

describe("chooseEncoding", () => {
  it("prefers brotli, then gzip, and honours q=0", () => {
    expect(chooseEncoding("gzip, deflate, br")).toBe("br");
    expect(chooseEncoding("gzip, br;q=0")).toBe("gzip");
    expect(chooseEncoding(undefined)).toBe("identity");
    expect(chooseEncoding("deflate")).toBe("identity");
  });
});

describe("createStaticPageServer", () => {
  let dist: string;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    dist = mkdtempSync(path.join(tmpdir(), "fixpath-static-"));
    mkdirSync(path.join(dist, "server/app/sv/errors"), { recursive: true });
    writeFileSync(path.join(dist, "server/app/sv/errors/x.html"), HTML);
    const serve = createStaticPageServer({ distDir: dist, manifest });
    server = createServer((req, res) =>
      serve(req, res, () => {
        res.writeHead(418, { "content-type": "text/plain" });
        res.end("from Next.js");
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(dist, { recursive: true, force: true });
  });

  it("answers a static page with the manifest's headers, twice (read, then cached)", async () => {
    for (let i = 0; i < 2; i += 1) {
      const response = await fetch(`${base}/sv/errors/x`, { headers: { "accept-encoding": "identity" } });
      expect(response.status).toBe(200);
      expect(response.headers.get("content-security-policy")).toBe("default-src 'self'");
      expect(response.headers.get("etag")).toBe('"abc"');
      expect(await response.text()).toBe(HTML);
    }
  });

  it("compresses when asked, and answers 304 to a matching ETag", async () => {
    const gzip = await new Promise<Buffer>((resolve) =>
      import("node:http").then(({ get }) =>
        get(`${base}/sv/errors/x`, { headers: { "accept-encoding": "gzip" } }, (res) => {
          expect(res.headers["content-encoding"]).toBe("gzip");
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c)).on("end", () => resolve(Buffer.concat(chunks)));
        }),
      ),
    );
    expect(gunzipSync(gzip).toString()).toBe(HTML);
    const fresh = await fetch(`${base}/sv/errors/x`, { headers: { "if-none-match": '"abc"' } });
    expect(fresh.status).toBe(304);
  });

  it("hands everything else to the fallback, also a page whose file vanished", async () => {
    expect((await fetch(`${base}/api/v1/errors`)).status).toBe(418);
    expect((await fetch(`${base}/sv/errors/%C3%A5`)).status).toBe(418);
  });
});

describe("readStaticPagesManifest", () => {
  it("refuses a manifest of another build, saying why", () => {
    const dist = mkdtempSync(path.join(tmpdir(), "fixpath-static-"));
    try {
      writeFileSync(path.join(dist, "BUILD_ID"), "build-2");
      writeFileSync(path.join(dist, STATIC_PAGES_MANIFEST_FILE), JSON.stringify(manifest));
      expect(readStaticPagesManifest(dist).reason).toMatch(/build-1, not build-2/);
      writeFileSync(path.join(dist, "BUILD_ID"), "build-1");
      expect(readStaticPagesManifest(dist).manifest?.buildId).toBe("build-1");
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });

  it("uses the file name the schema defines", () => {
    expect(STATIC_PAGES_MANIFEST_FILE).toBe(SCHEMA_FILE_NAME);
  });
});
