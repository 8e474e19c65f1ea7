import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { StaticPageSchema } from "../schema/static-pages";
import {
  contentTag,
  describeStaticPage,
  headersForEveryPath,
  inlineScriptHashes,
  isStaticallyServed,
  routeOfPrerenderedFile,
} from "./static-pages";

const sha = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

describe("inlineScriptHashes", () => {
  it("hashes each inline script once, sorted, and skips external scripts and JSON-LD", () => {
    const html =
      '<script src="/_next/static/a.js"></script><script>self.a=1</script><script type="application/ld+json">{"x":1}</script>' +
      "<script>self.b=2</script><script>self.a=1</script><script async>\n</script>";
    expect(inlineScriptHashes(html)).toEqual([sha("self.a=1"), sha("self.b=2"), sha("\n")].sort());
  });

  it("gives no hash for a page without inline scripts", () => {
    expect(inlineScriptHashes('<p>no scripts</p><script src="/x.js"></script>')).toEqual([]);
  });
});

describe("routeOfPrerenderedFile", () => {
  it("maps build files to paths", () => {
    expect(routeOfPrerenderedFile("sv/errors/x.html")).toBe("/sv/errors/x");
    expect(routeOfPrerenderedFile("index.html")).toBe("/");
    expect(routeOfPrerenderedFile("sv.html")).toBe("/sv");
  });
});

describe("isStaticallyServed", () => {
  it("serves plain prerendered pages", () => {
    expect(isStaticallyServed("/sv/errors/x", { status: 200 })).toBe(true);
    expect(isStaticallyServed("/en", undefined)).toBe(true);
  });

  it("leaves internal pages, non-200 prerenders and embed views to Next.js", () => {
    expect(isStaticallyServed("/_not-found", undefined)).toBe(false);
    expect(isStaticallyServed("/_global-not-found", { status: 404 })).toBe(false);
    expect(isStaticallyServed("/sv/gone", { status: 404 })).toBe(false);
    expect(isStaticallyServed("/embed/sv/errors/x", { status: 200 })).toBe(false);
  });
});

describe("headersForEveryPath", () => {
  it("takes every /:path* rule, names in lower case", () => {
    expect(
      headersForEveryPath([
        { source: "/:path*", headers: [{ key: "X-Content-Type-Options", value: "nosniff" }] },
      ]),
    ).toEqual({ "x-content-type-options": "nosniff" });
  });

  it("refuses a rule it cannot place, naming it", () => {
    expect(() => headersForEveryPath([{ source: "/api/:path*", headers: [] }])).toThrow(/"\/api\/:path\*"/);
  });
});

describe("describeStaticPage", () => {
  const html = "<html><script>self.a=1</script></html>";
  const page = describeStaticPage({
    file: "server/app/sv.html",
    html,
    sharedHeaders: { "x-content-type-options": "nosniff" },
  });

  it("allows exactly the page's inline scripts, without unsafe sources, and forbids framing", () => {
    const csp = page.headers["content-security-policy"] ?? "";
    expect(csp).toContain(`script-src 'self' ${sha("self.a=1")};`);
    expect(csp).not.toMatch(/unsafe|nonce/);
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it("carries the shared headers, an ETag of the bytes and a revalidating cache policy, sorted by name", () => {
    expect(page.headers["x-content-type-options"]).toBe("nosniff");
    expect(page.headers.etag).toBe(contentTag(html));
    expect(contentTag(`${html} `)).not.toBe(page.headers.etag);
    expect(page.headers["cache-control"]).toMatch(/must-revalidate/);
    expect(page.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(Object.keys(page.headers)).toEqual(Object.keys(page.headers).sort());
    expect(StaticPageSchema.parse(page)).toEqual(page);
  });
});
