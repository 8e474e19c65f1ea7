import { describe, expect, it } from "vitest";
import { negotiateLocale, parseAcceptLanguage } from "./negotiate-locale";

describe("negotiateLocale", () => {
  it("prefers a remembered choice over the header", () => {
    expect(negotiateLocale("sv", "en-US,en;q=0.9")).toBe("sv");
  });
  it("takes the first served language by quality", () => {
    expect(negotiateLocale(undefined, "de-DE,sv;q=0.8,en;q=0.5")).toBe("sv");
    expect(negotiateLocale(undefined, "sv;q=0.2,en-GB;q=0.9")).toBe("en");
  });
  it("falls back to English for unknown languages, bad cookies and garbage", () => {
    expect(negotiateLocale("xx", "fr-FR")).toBe("en");
    expect(negotiateLocale(undefined, ";;;,q=")).toBe("en");
    expect(negotiateLocale(undefined, null)).toBe("en");
  });
  it("ignores tags with zero quality", () => {
    expect(parseAcceptLanguage("sv;q=0, en")).toEqual(["en"]);
  });
});
