import { describe, expect, it } from "vitest";
import { readEvalQueries } from "./fixtures/eval-queries";
import { makeSeedCatalog } from "./fixtures/seed-catalog";
import { MAX_QUERY_LENGTH } from "./ranking";
import { getTranslation } from "../i18n/translation";
import {
  buildSearchIndex,
  highlightTerms,
  loadSearchIndex,
  search,
  serializeSearchIndex,
} from "./search-engine";

/** The Swedish words of an answer, as the server passes them for a Swedish page. */
const swedish = getTranslation("sv");

const index = buildSearchIndex(makeSeedCatalog());
const topId = (query: string) => search(index, query).results[0]?.id;

describe("the evaluation queries on the fixture catalog", () => {
  it.each(readEvalQueries())("$query → $expected", ({ query, expected }) => {
    expect(expected).toContain(topId(query));
  });
});

describe("codes", () => {
  it("ranks an exact code hit first and says how the code was read", () => {
    const response = search(index, "kunde inte ansluta 0x1fc07", { locale: "sv", words: swedish });
    expect(response.results[0]).toMatchObject({
      id: "the-activation-did-not-complete-successfully",
      matchedCode: "0x1FC07",
      locale: "sv",
    });
    expect(response.understood.codes[0]).toMatchObject({
      code: "0x1FC07",
      normalized: "130055",
      description: "kod 0x1FC07 (decimalt 130055)",
      known: true,
    });
  });

  it("finds a hex code typed as decimal", () => {
    expect(topId("130055")).toBe("the-activation-did-not-complete-successfully");
  });

  it("finds a symbolic code typed as separate words or with a colon", () => {
    expect(topId("Sal Low Disk Space")).toBe("sallowdiskspace");
    expect(topId("SalLowDiskSpace:")).toBe("sallowdiskspace");
  });

  it("takes a close CamelCase code for the known one (British spelling)", () => {
    const response = search(index, "SalVhdInitialisationError");
    expect(response.results[0]?.id).toBe("salvhdinitializationerror");
    expect(response.understood.codes[0]?.code).toBe("SalVhdInitializationError");
  });

  it("takes a bare 3-digit number for a code only when a code equals it", () => {
    expect(search(index, "403").results[0]?.matchedCode).toBe("403");
    expect(search(index, "404").understood.codes).toEqual([]);
  });

  it("builds error, flow, section and article urls", () => {
    const firstUrl = (query: string) => search(index, query, { locale: "sv" }).results[0]?.url;
    expect(firstUrl("SalLowDiskSpace")).toBe("/sv/errors/sallowdiskspace");
    expect(firstUrl("iSCSI")).toBe("/sv/flows/troubleshoot-restore-problems");
    expect(firstUrl("skuggkopior lagring")).toBe(
      "/sv/articles/troubleshoot-mars-agent#increase-shadow-copy-storage",
    );
    expect(firstUrl("Felsöka Azure Backup Agent")).toBe("/sv/articles/troubleshoot-mars-agent");
  });
});

describe("text", () => {
  it("ranks the error first for a pasted 30-word message", () => {
    const pasted =
      "Aktiveringen slutfördes inte korrekt. Den aktuella åtgärden kunde inte utföras på grund av ett internt tjänst fel. Försök igen efter en stund. Kontakta Microsoft-supporten om problemet kvarstår.";
    expect(topId(pasted)).toBe("the-activation-did-not-complete-successfully");
  });

  it("finds a word typed without å/ä/ö, below the exact spelling", () => {
    const folded = search(index, "tjanst fel").results[0];
    const exact = search(index, "tjänst fel").results[0];
    expect(folded?.id).toBe("the-activation-did-not-complete-successfully");
    expect(folded!.score).toBeLessThan(exact!.score);
  });

  it("meets machine-translation splits from a compound and the reverse", () => {
    expect(topId("valvuppgifter")).toBe("invalid-vault-credentials-provided");
    expect(topId("krypteringsnyckel")).toBe("failed-to-set-the-encryption-key-for-secure-backups");
    expect(topId("kontroll summan")).toBe("salchecksumstoreinitializationfailed");
  });

  it("shows a result in the requested locale when the entity exists in it", () => {
    const response = search(index, "vault credentials invalid", { locale: "sv" });
    expect(response.results[0]).toMatchObject({
      id: "invalid-vault-credentials-provided",
      locale: "sv",
      url: "/sv/errors/invalid-vault-credentials-provided",
    });
  });

  it("returns matched terms and a snippet for highlighting", () => {
    const result = search(index, "proxyautentisering krävs").results[0]!;
    expect(result.matchedTerms).toEqual(["krävs", "proxyautentisering"]);
    expect(result.snippet).toContain("Proxyautentisering krävs");
  });
});

describe("bad input never throws", () => {
  const inputs: [string, string][] = [
    ["empty", ""],
    ["whitespace", "   \t\n "],
    ["regex specials", "( [ * \\ + ? ^ $ | ) ]"],
    ["NUL", "\u0000"],
    ["lone surrogates", "\uD800\uDC00\uDFFF\uD800"],
    ["emoji", "🔥💾"],
    ["right-to-left", "خطأ في النسخ الاحتياطي"],
    ["mixed scripts", "Ошибка SalBitmapError 错误"],
    ["100,000 characters", "säkerhets kopiering ".repeat(5_000)],
  ];
  it.each(inputs)("%s", (_, query) => {
    const response = search(index, query);
    expect(Array.isArray(response.results)).toBe(true);
    if (response.results.length === 0) expect(response.understood.message).toBeTruthy();
  });

  it("explains an empty query", () => {
    expect(search(index, "  ", { locale: "sv", words: swedish }).understood.message).toBe(
      "Skriv en felkod eller ord ur felmeddelandet.",
    );
  });

  it("cuts a long query and says so", () => {
    const response = search(index, "x".repeat(100_000));
    expect(response.query.length).toBe(MAX_QUERY_LENGTH);
    expect(response.understood.truncated).toBe(true);
    expect(response.understood.message).toContain(String(MAX_QUERY_LENGTH));
  });

  it("reads NFD input like NFC", () => {
    expect(topId("Aktiveringen slutfo\u0308rdes")).toBe("the-activation-did-not-complete-successfully");
  });

  it("finds a code inside mixed scripts", () => {
    expect(topId("Ошибка SalBitmapError 错误")).toBe("salbitmaperror");
  });
});

describe("zero results give suggestions", () => {
  it("suggests close codes for an unknown code", () => {
    const response = search(index, "(ID: 34514)");
    expect(response.results).toEqual([]);
    expect(response.suggestions).toContain("34513");
    expect(response.understood.codes[0]).toMatchObject({ code: "34514", known: false });
  });

  it("corrects a misspelt word and offers the corrected query", () => {
    const response = search(index, "aktiveringn");
    expect(response.results[0]?.id).toBe("the-activation-did-not-complete-successfully");
    expect(response.suggestions).toEqual(["aktiveringen"]);
  });

  it("says nothing matched when nothing is close", () => {
    const response = search(index, "qqqqzzzz");
    expect(response.results).toEqual([]);
    expect(response.understood.message).toMatch(/Nothing matched/);
  });
});

describe("highlightTerms", () => {
  it("returns segments that join back to the text and mark matched words", () => {
    const segments = highlightTerms("Fel 34506. Krypterings lösen frasen", ["34506", "losen"]);
    expect(segments.map((s) => s.text).join("")).toBe("Fel 34506. Krypterings lösen frasen");
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(["34506", "lösen"]);
  });

  it("marks a run of overlapping CJK pairs as one match", () => {
    const segments = highlightTerms("資格情報が無効です", ["資格", "格情", "情報", "無効"]);
    expect(segments.map((s) => s.text).join("")).toBe("資格情報が無効です");
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(["資格情報", "無効"]);
  });

  it("never produces markup from the text", () => {
    const segments = highlightTerms("<b>fel</b>", ["fel"]);
    expect(segments).toEqual([
      { text: "<b>", match: false },
      { text: "fel", match: true },
      { text: "</b>", match: false },
    ]);
  });
});

describe("serialized browser index", () => {
  it("answers like the index it was made from", () => {
    const loaded = loadSearchIndex(JSON.stringify(serializeSearchIndex(index)));
    expect(search(loaded, "Fel 34506")).toEqual(search(index, "Fel 34506"));
  });

  it("rejects an unknown format", () => {
    expect(() => loadSearchIndex('{"version":2}')).toThrow(/unsupported format/);
  });
});
