import { describe, expect, it } from "vitest";
import { getUiStrings } from "./ui-strings";
import { getFlowStrings } from "../flows/flow-strings";
import { completeFromEnglish, ENGLISH, findTranslation, getTranslation, TRANSLATIONS } from "./translation";
import { buildSearchIndex, search } from "../search/search-engine";

/** Every key path of a table with its value, e.g. `["flow.escalation.intro", "…"]`. */
function leaves(table: unknown, prefix = ""): Array<[string, unknown]> {
  if (table === null || typeof table !== "object") return [[prefix, table]];
  return Object.entries(table).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key));
}

const placeholders = (text: unknown) => [...String(text).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

const english = new Map(leaves(ENGLISH));

describe("translation tables", () => {
  it("cover the six languages the portal is written in", () => {
    expect(Object.keys(TRANSLATIONS).sort()).toEqual(["de", "en", "es", "fr", "ja", "sv"]);
  });

  describe.each(Object.entries(TRANSLATIONS))("%s", (locale, table) => {
    const own = leaves(table);

    it("has exactly the English keys", () => {
      expect(own.map(([key]) => key).sort()).toEqual([...english.keys()].sort());
    });

    it("has a non-empty text for every key", () => {
      for (const [key, value] of own)
        expect(typeof value === "string" && value.trim() !== "", key).toBe(true);
    });

    it("keeps every {placeholder} of the English text, and no other", () => {
      for (const [key, value] of own)
        expect(placeholders(value), key).toEqual(placeholders(english.get(key)));
    });

    it.runIf(locale !== "en")(
      "translates the sentences (a copied English sentence is a missed translation)",
      () => {
        // Short labels may rightly match English (`API`, `Fixpath`, `Cause`, `Articles`, `Status`…).
        const copied = own.filter(([key, value]) => {
          const reference = english.get(key);
          return typeof value === "string" && value === reference && value.split(" ").length > 2;
        });
        expect(copied.map(([key]) => key)).toEqual([]);
      },
    );
  });
});

describe("getTranslation", () => {
  it("gives a language its own words", () => {
    expect(getUiStrings("fr").searchButton).toBe("Rechercher");
    expect(getUiStrings("ja").language).toBe("言語");
    expect(getFlowStrings("de").progress).toBe("Schritt {number} von {total}");
  });

  it("gives a regional or scripted locale its language's words", () => {
    expect(findTranslation("de-ch")?.locale).toBe("de");
    expect(getUiStrings("es-419").searchButton).toBe("Buscar");
    expect(getUiStrings("sv-fi")).toBe(getUiStrings("sv"));
  });

  it("gives a locale without a table English, never undefined", () => {
    for (const locale of ["it", "pt-br", "zh-hans", "ar"]) {
      const words = getTranslation(locale);
      for (const [key, value] of leaves(words)) expect(value, `${locale} ${key}`).toBe(english.get(key));
    }
  });

  it("fills every key a table lacks, or leaves empty, from English, and drops keys English does not have", () => {
    const completed = completeFromEnglish({
      ui: { searchButton: "Cerca", tagline: "" },
      extra: "x",
      flow: "bad",
    });
    expect(completed.ui.searchButton).toBe("Cerca");
    expect(completed.ui.tagline).toBe(ENGLISH.ui.tagline);
    expect(completed.flow.escalation.intro).toBe(ENGLISH.flow.escalation.intro);
    expect(Object.keys(completed)).toEqual(Object.keys(ENGLISH));
  });
});

describe("the search engine's answer", () => {
  const index = buildSearchIndex({ articles: [], errors: [], flows: [], diagnostics: [] });
  it("is written in the words it is given, and in English without them", () => {
    expect(search(index, "  ", { words: getTranslation("ja") }).understood.message).toBe(
      "エラー コード、またはエラー メッセージに含まれる語句を入力してください。",
    );
    expect(search(index, "0x1FC07", { words: getTranslation("de") }).understood.codes[0]?.description).toBe(
      "Code 0x1FC07 (dezimal 130055): kein Fehler hat diesen Code",
    );
    expect(search(index, "x".repeat(3000), { words: getTranslation("fr") }).understood.message).toContain(
      "2000 premiers caractères",
    );
    expect(search(index, "  ").understood.message).toBe(ENGLISH.search.empty);
  });
});
