import { describe, expect, it } from "vitest";
import type { SearchResponse } from "../search/search-types";
import { buildSearchRecord, MAX_SAFE_QUERY_WORDS, privacySafeQuery } from "./search-record";

function response(query: string, codes: Array<[string, string, boolean]>, results = 0): SearchResponse {
  return {
    query,
    understood: {
      codes: codes.map(([code, normalized, known]) => ({
        code,
        normalized,
        known,
        description: "",
        descriptions: { en: "", sv: "" },
      })),
      truncated: false,
    },
    results: Array.from({ length: results }, () => ({}) as SearchResponse["results"][number]),
    suggestions: [],
    match: results > 0 ? "good" : "none",
    products: [],
  };
}

describe("the privacy-safe form of a query", () => {
  it("masks e-mail, URLs, IPs, GUIDs and paths", () => {
    expect(privacySafeQuery("mail anna.svensson@example.se about it")).toBe("mail ‹email› about it");
    expect(privacySafeQuery("see https://intranet.example/tickets/4711?u=anna")).toBe("see ‹url›");
    expect(privacySafeQuery("agent on 10.1.2.3:8080 and fe80::1ff:fe23:4567:890a")).toBe(
      "agent on ‹ip› and ‹ip›",
    );
    expect(privacySafeQuery("vault 3f2504e0-4f89-11d3-9a0c-0305e82c3301 fails")).toBe("vault ‹guid› fails");
    expect(privacySafeQuery("C:\\Users\\anna\\scratch is full")).toBe("‹path› is full");
    expect(privacySafeQuery("/home/anna/backup.log missing")).toBe("‹path› missing");
  });

  it("keeps understood codes in any spelling and masks other words with digits", () => {
    expect(privacySafeQuery("Fel 0x1FC07 on SRV01 build 4711", ["130055"])).toBe(
      "fel 0x1fc07 on ‹n› build ‹n›",
    );
    expect(privacySafeQuery("130055", ["130055"])).toBe("130055");
  });

  it("lower-cases letters in any script and keeps words without digits", () => {
    expect(privacySafeQuery("Säkerhetskopieringen MISSLYCKADES")).toBe("säkerhetskopieringen misslyckades");
    expect(privacySafeQuery("バックアップ 失敗")).toBe("バックアップ 失敗");
  });

  it("keeps at most a handful of words and masks blobs", () => {
    const long = Array.from({ length: 40 }, (_, i) => `word${"x".repeat(i % 3)}`).join(" ");
    expect(privacySafeQuery(long).split(" ")).toHaveLength(MAX_SAFE_QUERY_WORDS);
    expect(privacySafeQuery(`token ${"a".repeat(60)}`)).toBe("token ‹long›");
  });

  it("drops control characters and never throws on hostile input", () => {
    expect(privacySafeQuery("<script>alert(1)</script>")).toBe("script alert ‹n› script");
    expect(privacySafeQuery("\u0000\u0007\ud800")).toBe("");
  });
});

describe("a search record", () => {
  it("counts every spelling of one code as one normalised code", () => {
    const spellings = [
      response("0x1FC08", [["0x1FC08", "130056", false]]),
      response("Fel 0x1fc08", [["0x1fc08", "130056", false]]),
      response("130056", [["130056", "130056", false]]),
    ].map((r) => buildSearchRecord(r, "sv", "page"));
    expect(new Set(spellings.flatMap((r) => r.codes.map((c) => c.normalized)))).toEqual(new Set(["130056"]));
    expect(spellings.every((r) => r.codes[0]?.known === false && r.resultCount === 0)).toBe(true);
  });

  it("keeps the source, locale and result count, and only the safe words", () => {
    const record = buildSearchRecord(
      response("backup failed for anna@example.com 0x1FC07", [["0x1FC07", "130055", true]], 3),
      "en",
      "palette",
    );
    expect(record).toEqual({
      locale: "en",
      source: "palette",
      query: "backup failed for ‹email› 0x1fc07",
      resultCount: 3,
      codes: [{ code: "0x1FC07", normalized: "130055", known: true }],
    });
  });
});
