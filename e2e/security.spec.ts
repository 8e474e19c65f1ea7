// Hostile and broken addresses get a real 404 (never a 500 or a trace), and every response carries the security headers.
import { expect, test } from "@playwright/test";

test("every page sends a strict Content-Security-Policy and the other security headers", async ({
  request,
}) => {
  for (const path of ["/en", "/sv/errors/sallowdiskspace", "/sv/search?q=34513x", "/no-such-page"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    const headers = response.headers();
    const csp = headers["content-security-policy"] ?? "";
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).toMatch(/script-src 'self'/);
    expect(csp, path).not.toContain("unsafe-eval");
    expect(csp, path).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBeTruthy();
    expect(headers["permissions-policy"], path).toContain("camera=()");
  }
});

test("unknown ids, codes and locales give a real 404 page", async ({ request }) => {
  for (const path of [
    "/sv/errors/no-such-error",
    "/en/articles/nope",
    "/errors/code/99999999999",
    "/xx/errors/sallowdiskspace",
    "/de",
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).toMatch(/not found|hittades inte/i);
  }
});

test("hostile path segments never cause a server error", async ({ request }) => {
  const paths = [
    "/sv/errors/..%2F..%2Fetc%2Fpasswd",
    "/sv/errors/%2e%2e",
    "/sv/errors/a%00b",
    `/sv/errors/${"a".repeat(2000)}`,
    "/sv/errors/a%CC%88",
    "/errors/code/%00",
    `/errors/code/${"9".repeat(2000)}`,
    "/sv/errors/code/%E0%A4%A",
    "/sv/articles/%2F%2Fevil.example",
  ];
  for (const path of paths) {
    const response = await request.get(path);
    expect(response.status(), path).toBeLessThan(500);
    expect([200, 404, 400], path).toContain(response.status());
    expect(await response.text(), path).not.toMatch(/at .*\.js:\d+|node_modules/);
  }
});

test("query strings are never reflected unescaped", async ({ request }) => {
  const evil = `<script>alert(1)</script>"><img src=x onerror=alert(1)>`;
  for (const path of [
    `/sv/search?q=${encodeURIComponent(evil)}`,
    `/en/errors/sallowdiskspace?x=${encodeURIComponent(evil)}`,
  ]) {
    const html = await (await request.get(path)).text();
    expect(html, path).not.toContain("<script>alert(1)</script>");
    expect(html, path).not.toContain("<img src=x onerror");
  }
});
