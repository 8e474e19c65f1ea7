import { describe, expect, it } from "vitest";
import {
  languageAutonym,
  likelyLanguageAndRegion,
  localeFromLanguageTag,
  openGraphLocale,
  textDirection,
} from "./locale-info";

describe("textDirection", () => {
  it("is rtl for right-to-left languages and ltr for the rest", () => {
    expect(textDirection("ar")).toBe("rtl");
    expect(textDirection("he")).toBe("rtl");
    expect(textDirection("fa")).toBe("rtl");
    for (const locale of ["en", "sv", "de", "fr", "es", "ja", "zh-hans"])
      expect(textDirection(locale)).toBe("ltr");
  });
});

describe("openGraphLocale", () => {
  it("is language_TERRITORY from the locale's likely region", () => {
    expect(openGraphLocale("sv")).toBe("sv_SE");
    expect(openGraphLocale("en")).toBe("en_US");
    expect(openGraphLocale("ja")).toBe("ja_JP");
    expect(openGraphLocale("pt-br")).toBe("pt_BR");
    expect(openGraphLocale("en-gb")).toBe("en_GB");
    expect(openGraphLocale("zh-hans")).toBe("zh_CN");
  });
});

describe("languageAutonym", () => {
  it("names each language in itself, capitalised as a list item", () => {
    expect(languageAutonym("en")).toBe("English");
    expect(languageAutonym("sv")).toBe("Svenska");
    expect(languageAutonym("de")).toBe("Deutsch");
    expect(languageAutonym("fr")).toBe("Français");
    expect(languageAutonym("es")).toBe("Español");
    expect(languageAutonym("ja")).toBe("日本語");
    expect(languageAutonym("pt-br")).toMatch(/^Português/);
  });
  it("falls back to the tag for a language the runtime cannot name", () => {
    expect(languageAutonym("qaa")).toBe("qaa");
  });
});

describe("localeFromLanguageTag: front-matter locales in URL form", () => {
  it.each([
    ["sv-SE", "sv"],
    ["fr-fr", "fr"],
    ["ja-JP", "ja"],
    ["de-DE", "de"],
    ["en-us", "en"],
    ["pt-BR", "pt"],
    ["zh-Hans", "zh-hans"],
    ["zh-Hans-CN", "zh-hans"],
    ["zh-Hant-TW", "zh-hant"],
    ["zh-CN", "zh"],
    ["zh-TW", "zh-hant"],
    ["zh-HK", "zh-hant-hk"],
    ["sr-ME", "sr-latn-me"],
    ["en-GB", "en-gb"],
    ["pt-PT", "pt-pt"],
    ["es-419", "es-419"],
    ["sr-Latn", "sr-latn"],
    ["de-DE-1996", "de-1996"],
    ["sv_SE", "sv"],
    ["EN", "en"],
  ])("%s → %s", (tag, expected) => {
    expect(localeFromLanguageTag(tag)).toBe(expected);
  });

  it.each(["", "english", "../sv", "sv-SE<script>", "x-klingon", "a".repeat(100)])(
    "%j is no language tag",
    (tag) => {
      expect(localeFromLanguageTag(tag)).toBeUndefined();
    },
  );
});

describe("likelyLanguageAndRegion", () => {
  it("gives the region a language is most likely used in", () => {
    expect(likelyLanguageAndRegion("sv")).toEqual({ language: "sv", region: "SE" });
    expect(likelyLanguageAndRegion("es-419")).toEqual({ language: "es", region: "419" });
  });
});
