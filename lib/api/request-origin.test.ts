import { describe, expect, it } from "vitest";
import { requestOrigin } from "./request-origin";

const fallback = new URL("http://localhost:3100/api/oembed");

describe("requestOrigin", () => {
  it("uses the Host header the client sent", () => {
    expect(requestOrigin(new Headers({ host: "127.0.0.1:3100" }), fallback)).toBe("http://127.0.0.1:3100");
  });

  it("takes the scheme from X-Forwarded-Proto behind a proxy", () => {
    const headers = new Headers({ host: "fixpath.example.org", "x-forwarded-proto": "https" });
    expect(requestOrigin(headers, fallback)).toBe("https://fixpath.example.org");
  });

  it("falls back to the URL's origin for a missing or malformed Host", () => {
    expect(requestOrigin(new Headers(), fallback)).toBe("http://localhost:3100");
    expect(requestOrigin(new Headers({ host: "evil.example/x@y" }), fallback)).toBe("http://localhost:3100");
  });
});
