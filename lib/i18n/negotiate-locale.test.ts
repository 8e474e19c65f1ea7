import { describe, expect, it } from "vitest";
import { fallbackLocale, matchLanguageTag, negotiateLocale, parseAcceptLanguage } from "./negotiate-locale";

const served = ["de", "en", "fr", "ja", "pt", "sv", "zh-hans"];

describe("negotiateLocale: among the locales on offer", () => {
  it("prefers a remembered choice over the header, when it is on offer", () => {
    expect(negotiateLocale(served, { remembered: "sv", acceptLanguage: "en-US,en;q=0.9" })).toBe("sv");
    expect(negotiateLocale(["en", "fr"], { remembered: "sv", acceptLanguage: "fr-FR" })).toBe("fr");
  });

  it("takes the first offered language by quality", () => {
    expect(negotiateLocale(["en", "sv"], { acceptLanguage: "de-DE,sv;q=0.8,en;q=0.5" })).toBe("sv");
    expect(negotiateLocale(["en", "sv"], { acceptLanguage: "sv;q=0.2,en-GB;q=0.9" })).toBe("en");
    expect(negotiateLocale(served, { acceptLanguage: "ja-JP,ja;q=0.9,en;q=0.5" })).toBe("ja");
  });

  it("falls back from a regional tag to its language, and to the same language elsewhere", () => {
    expect(negotiateLocale(served, { acceptLanguage: "pt-BR" })).toBe("pt");
    expect(negotiateLocale(["en-gb", "sv"], { acceptLanguage: "en-US" })).toBe("en-gb");
    expect(negotiateLocale(["en-gb", "sv"], { acceptLanguage: "en" })).toBe("en-gb");
    expect(negotiateLocale(served, { acceptLanguage: "zh-CN" })).toBe("zh-hans");
  });

  it("never serves Chinese in the other script", () => {
    expect(matchLanguageTag("zh-TW", ["zh-hans"])).toBeUndefined();
    expect(matchLanguageTag("zh-TW", ["zh-hant", "zh-hans"])).toBe("zh-hant");
  });

  it("falls back to English, or the first offered language, for unavailable tags, bad cookies and garbage", () => {
    expect(negotiateLocale(served, { remembered: "xx", acceptLanguage: "it-IT,nl;q=0.5" })).toBe("en");
    expect(negotiateLocale(["sv", "fr"], { acceptLanguage: "it" })).toBe("fr");
    expect(negotiateLocale(served, { remembered: "../en", acceptLanguage: ";;;,q=" })).toBe("en");
    expect(negotiateLocale(served, { remembered: "<script>", acceptLanguage: "<script>, *" })).toBe("en");
    expect(negotiateLocale(served, { acceptLanguage: null })).toBe("en");
    expect(negotiateLocale(served, { acceptLanguage: `${"x".repeat(10_000)},sv` })).toBe("en");
  });

  it("reads any case and underscores in the header", () => {
    expect(negotiateLocale(served, { acceptLanguage: "SV_se" })).toBe("sv");
  });

  it("ignores tags with zero quality", () => {
    expect(parseAcceptLanguage("sv;q=0, en")).toEqual(["en"]);
    expect(negotiateLocale(["en", "sv"], { acceptLanguage: "sv;q=0, fr" })).toBe("en");
  });
});

describe("fallbackLocale", () => {
  it("is English when offered, else the first offered locale in order", () => {
    expect(fallbackLocale(["sv", "en"])).toBe("en");
    expect(fallbackLocale(["sv", "ja", "fr"])).toBe("fr");
    expect(fallbackLocale([])).toBe("en");
  });
});
