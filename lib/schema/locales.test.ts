import { describe, expect, it } from "vitest";
import { LocaleSchema } from "./entities";
import { isLocaleTag, normalizeLocaleTag } from "./locales";

describe("the locale form (URLs and content folders)", () => {
  it.each([
    "en",
    "sv",
    "fr",
    "ja",
    "pt-br",
    "zh-hans",
    "zh-hant-tw",
    "es-419",
    "de-ch-1996",
    "ca-valencia",
    "yue",
  ])("accepts %s", (tag) => {
    expect(isLocaleTag(tag)).toBe(true);
    expect(LocaleSchema.safeParse(tag).success).toBe(true);
  });

  it.each([
    "",
    "e",
    "EN",
    "pt-BR",
    "pt_br",
    "../",
    "..",
    "en/..",
    "en/../../etc/passwd",
    "%2e%2e",
    "<script>",
    "en<script>alert(1)</script>",
    "en\n",
    " en",
    "en-",
    "en--us",
    "x-klingon",
    "en-u-ca-buddhist",
    "english",
    "ĸa",
    "en-" + "abcdefgh-".repeat(10) + "abc",
    "a".repeat(10_000),
  ])("rejects %j", (tag) => {
    expect(isLocaleTag(tag)).toBe(false);
    expect(LocaleSchema.safeParse(tag).success).toBe(false);
  });

  it("rejects what is not a string", () => {
    for (const value of [undefined, null, 42, ["en"], { en: true }]) expect(isLocaleTag(value)).toBe(false);
  });

  it("says what a locale looks like when it rejects one", () => {
    const result = LocaleSchema.safeParse("EN");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/lower-case BCP-47 language tag such as `en`/);
  });
});

describe("normalizeLocaleTag", () => {
  it("folds case and separators into the URL form", () => {
    expect(normalizeLocaleTag("pt-BR")).toBe("pt-br");
    expect(normalizeLocaleTag(" EN ")).toBe("en");
    expect(normalizeLocaleTag("zh_Hans")).toBe("zh-hans");
  });
  it("refuses anything that is still not a tag", () => {
    expect(normalizeLocaleTag("../EN")).toBeUndefined();
    expect(normalizeLocaleTag("<script>")).toBeUndefined();
  });
});
