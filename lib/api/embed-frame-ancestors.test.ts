// The header logic behind "a wiki on a non-allowed origin may not frame embeds" (lib/site/embed-origins.ts).
import { describe, expect, it } from "vitest";
import { embedFrameAncestors } from "../site/embed-origins";

describe("embedFrameAncestors", () => {
  it("allows any origin when nothing is configured", () => {
    expect(embedFrameAncestors(undefined)).toBe("*");
    expect(embedFrameAncestors("")).toBe("*");
  });

  it("allows only ourselves and the configured origins when an allowlist is set", () => {
    expect(embedFrameAncestors("https://wiki.example.com, http://localhost:4100")).toBe(
      "'self' https://wiki.example.com http://localhost:4100",
    );
  });

  it("drops malformed entries instead of passing them into the header", () => {
    expect(
      embedFrameAncestors("https://ok.example.com 'unsafe-inline' javascript:x https://a.example.com/path;"),
    ).toBe("'self' https://ok.example.com");
  });
});
