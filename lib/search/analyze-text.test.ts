import { describe, expect, it } from "vitest";
import {
  analyzeText,
  foldDiacritics,
  joinCompound,
  sanitizeText,
  splitCompound,
  stemTerm,
  tokenizeText,
} from "./analyze-text";
import { boundedEditDistance } from "./edit-distance";

const VOCABULARY = new Set([
  "säkerhets",
  "kopiering",
  "valv",
  "uppgifter",
  "krypterings",
  "lösen",
  "frasen",
  "lagring",
  "utrymme",
]);
const resolveExact = (word: string) => (VOCABULARY.has(word) ? word : undefined);

describe("analyzeText", () => {
  it("lower-cases and splits on anything that is not a letter or digit", () => {
    expect(analyzeText("Fel 34506. Krypterings lösen-frasen!")).toEqual([
      "fel",
      "34506",
      "krypterings",
      "lösen",
      "frasen",
    ]);
  });

  it("composes NFD input so that a\\u0308 equals ä", () => {
    expect(analyzeText("sa\u0308kerhet")).toEqual(["säkerhet"]);
  });

  it("turns lone surrogates and NUL into word breaks instead of throwing", () => {
    expect(sanitizeText("a\uD800b\u0000c")).toBe("a b c");
    expect(analyzeText("a\uD800b")).toEqual(["a", "b"]);
  });
});

describe("foldDiacritics and stemTerm", () => {
  it("folds å/ä/ö to a/a/o", () => {
    expect(foldDiacritics("säkerhetskopiering återställning lösen")).toBe(
      "sakerhetskopiering aterstallning losen",
    );
  });

  it("makes plural and definite forms meet", () => {
    expect(stemTerm("kopieringar")).toBe(stemTerm("kopiering"));
    expect(stemTerm("credentials")).toBe(stemTerm("credential"));
  });

  it("leaves short words and numbers alone", () => {
    expect(stemTerm("fel")).toBe("fel");
    expect(stemTerm("34506s")).toBe("34506s");
  });
});

describe("compounds: split on the query side, join adjacent words", () => {
  it("splits a compound into known words, two or three parts", () => {
    expect(splitCompound("säkerhetskopiering", resolveExact)).toEqual(["säkerhets", "kopiering"]);
    expect(splitCompound("valvuppgifter", resolveExact)).toEqual(["valv", "uppgifter"]);
    expect(splitCompound("krypteringslösenfrasen", resolveExact)).toEqual(["krypterings", "lösen", "frasen"]);
  });

  it("drops a linking s when only the bare word is known", () => {
    expect(splitCompound("lagringsutrymme", resolveExact)).toEqual(["lagring", "utrymme"]);
  });

  it("does not split into unknown words", () => {
    expect(splitCompound("proxyautentisering", resolveExact)).toBeUndefined();
  });

  it("joins two words with and without a linking s", () => {
    expect(joinCompound("valv", "uppgifter")).toEqual(["valvuppgifter", "valvsuppgifter"]);
    expect(joinCompound("säkerhets", "kopiering")).toEqual(["säkerhetskopiering"]);
  });
});

describe("boundedEditDistance", () => {
  it("counts a swap of neighbours as one edit", () => {
    expect(boundedEditDistance("schedueld", "scheduled", 2)).toBe(1);
  });

  it("stops at max + 1 for hopeless pairs", () => {
    expect(boundedEditDistance("proxy", "activation", 2)).toBe(3);
  });
});

describe("analyzeText: scripts written without spaces", () => {
  it("reads a CJK run as overlapping character pairs and keeps digits next to it apart", () => {
    expect(analyzeText("エラー34506")).toEqual(["エラ", "ラー", "34506"]);
    expect(analyzeText("資格情報 vault")).toEqual(["資格", "格情", "情報", "vault"]);
  });

  it("keeps a single CJK character as itself", () => {
    expect(analyzeText("a の b")).toEqual(["a", "の", "b"]);
  });

  it("gives the same pairs with offsets, for highlighting", () => {
    expect(tokenizeText("無効な資格").map((t) => [t.term, t.start, t.end])).toEqual([
      ["無効", 0, 2],
      ["効な", 1, 3],
      ["な資", 2, 4],
      ["資格", 3, 5],
    ]);
  });
});
