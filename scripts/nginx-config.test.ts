import { describe, expect, it } from "vitest";
import type { StaticPagesManifest } from "../lib/schema/static-pages";
import { buildNginxConfig, quoteNginx } from "./nginx-config.mjs";

const manifest: StaticPagesManifest = {
  version: 1,
  buildId: "build-1",
  passThroughParams: ["lang"],
  fallbackScriptHashes: [],
  pages: {
    "/sv/errors/x": {
      file: "server/app/sv/errors/x.html",
      scriptHashes: ["'sha256-abc='"],
      headers: {
        "cache-control": "public, max-age=0, must-revalidate",
        "content-security-policy": "script-src 'self' 'sha256-abc='",
        "content-type": "text/html; charset=utf-8",
        etag: '"e"',
      },
    },
  },
};
const config = buildNginxConfig({
  manifest,
  distDir: "/srv/fixpath/.next",
  listen: "127.0.0.1:8080",
  upstreams: ["127.0.0.1:3000", "127.0.0.1:3001"],
  prefix: "/var/lib/fixpath-nginx",
});

describe("buildNginxConfig", () => {
  it("serves each static page from its file with the manifest's headers, nginx's own ETag and type", () => {
    const block = config.slice(config.indexOf('location = "/sv/errors/x"'));
    expect(block).toContain('try_files "/server/app/sv/errors/x.html" @fixpath;');
    expect(block).toContain(`add_header content-security-policy "script-src 'self' 'sha256-abc='" always;`);
    expect(block).toContain('add_header cache-control "public, max-age=0, must-revalidate" always;');
    expect(block.slice(0, block.indexOf("}"))).not.toMatch(/add_header (etag|content-type)/);
  });

  it("sends client navigation and the proxy's parameters to the instances, and retries on the next one", () => {
    expect(config).toContain('map $args $fixpath_query { "~(^|&)(_rsc|lang)(=|&|$)" 1; default 0; }');
    expect(config).toContain("if ($fixpath_to_next) { return 418; }");
    expect(config).toContain("server 127.0.0.1:3000 max_fails=1 fail_timeout=2s;");
    expect(config).toContain("server 127.0.0.1:3001 max_fails=1 fail_timeout=2s;");
    expect(config).toMatch(/proxy_next_upstream error timeout http_502/);
  });

  it("never sends a POST that reached one instance to another (a feedback answer would count twice)", () => {
    const retry = config.split("\n").find((line) => line.includes("proxy_next_upstream "));
    expect(retry).toBeDefined();
    expect(retry).not.toContain("non_idempotent");
  });

  it("refuses a configuration without instances", () => {
    expect(() =>
      buildNginxConfig({ manifest, distDir: "/d", listen: "80", upstreams: [], prefix: "/p" }),
    ).toThrow(/--upstream/);
  });
});

describe("quoteNginx", () => {
  it("escapes quotes and backslashes, and refuses a $ nginx would expand", () => {
    expect(quoteNginx('a "b" \\c')).toBe('"a \\"b\\" \\\\c"');
    expect(() => quoteNginx("$host")).toThrow(/\$/);
  });
});
