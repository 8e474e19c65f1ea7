// A hostile Host header must never become an absolute URL in a response a shared cache may store.
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import { responseOrigin } from "@/lib/site/urls";
import { sendJson } from "./api-response";
import { buildOembedResponse } from "./oembed";

function openApiRequest(): NextRequest {
  return new NextRequest("http://127.0.0.1:3270/api/v1/openapi.json", {
    headers: { host: "evil.example", "x-forwarded-proto": "https" },
  });
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("with FIXPATH_PUBLIC_URL set, responses name the public origin whatever the Host", () => {
  it("gives the OpenAPI document the configured server, cached publicly", async () => {
    vi.stubEnv("FIXPATH_PUBLIC_URL", "https://fixes.example.com/");
    const response = getOpenApi(openApiRequest());
    const body = await response.text();
    expect(body).not.toContain("evil.example");
    expect(JSON.parse(body).servers[0].url).toBe("https://fixes.example.com");
    expect(response.headers.get("cache-control")).toBe("public, max-age=300");
  });

  it("points the oEmbed iframe at the configured origin", () => {
    vi.stubEnv("FIXPATH_PUBLIC_URL", "https://fixes.example.com");
    const { origin, variesByHost } = responseOrigin("https://evil.example");
    const oembed = buildOembedResponse(origin, { kind: "error", locale: "en", id: "x" }, "X", {
      width: 600,
      height: 400,
    });
    expect(JSON.stringify(oembed)).not.toContain("evil.example");
    expect(oembed.html).toContain('src="https://fixes.example.com/embed/');
    expect(variesByHost).toBe(false);
  });
});

describe("without a configured origin, a Host-derived response is private and varies by Host", () => {
  it("marks the OpenAPI document private with Vary: Host", async () => {
    vi.stubEnv("FIXPATH_PUBLIC_URL", "");
    vi.stubEnv("FIXPATH_SITE_URL", "");
    const response = getOpenApi(openApiRequest());
    expect(response.headers.get("cache-control")).toBe("private, max-age=300");
    expect(response.headers.get("vary")).toMatch(/\bHost\b/);
  });

  it("sendJson keeps public caching for responses that do not depend on the Host", () => {
    const response = sendJson(new Request("http://127.0.0.1/"), { a: 1 });
    expect(response.headers.get("cache-control")).toBe("public, max-age=300");
    expect(response.headers.get("vary")).not.toMatch(/Host/);
  });

  it("refuses a configured value that is not a plain origin", () => {
    expect(responseOrigin("http://127.0.0.1:3270", { FIXPATH_PUBLIC_URL: "javascript:alert(1)" })).toEqual({
      origin: "http://127.0.0.1:3270",
      variesByHost: true,
    });
  });
});
