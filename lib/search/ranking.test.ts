import { describe, expect, it } from "vitest";
import { findCodes } from "./find-codes";
import {
  dropCommonConcepts,
  expandQuery,
  findCloseWords,
  findPrefixWords,
  maxTypoDistance,
} from "./expand-query";
import { findByPrefix } from "./prefix-match";
import { AZURE_FILES, makeProductCatalog } from "./fixtures/product-catalog";
import { makeSeedCatalog } from "./fixtures/seed-catalog";
import * as ranking from "./ranking";
import { buildIndexFromRecords, describeCatalogRecords, type IndexRecord } from "./search-index";
import { buildSearchIndex, findPrefixCodes, search } from "./search-engine";

const index = buildSearchIndex(makeSeedCatalog());
const alternativeWeights = (word: string) =>
  expandQuery(index, [word]).concepts[0]?.alternatives.map((a) => [a.terms.join(" "), a.weight]);

describe("ranking policy: each constant with a hit and a miss", () => {
  it("MAX_QUERY_LENGTH: a query at the limit is whole, one character more is cut", () => {
    expect(search(index, "a".repeat(ranking.MAX_QUERY_LENGTH)).understood.truncated).toBe(false);
    expect(search(index, "a".repeat(ranking.MAX_QUERY_LENGTH + 1)).understood.truncated).toBe(true);
  });

  it("MAX_QUERY_TERMS: distinct words beyond the limit are not scored", () => {
    const many = Array.from({ length: ranking.MAX_QUERY_TERMS + 10 }, (_, i) => `ord${i}`);
    const known = ["aktiveringen", "slutfördes", "korrekt"];
    expect(expandQuery(index, known).concepts.filter((c) => !c.pair)).toHaveLength(3);
    expect(
      expandQuery(index, [...known, ...many]).concepts.filter((c) => !c.pair).length,
    ).toBeLessThanOrEqual(ranking.MAX_QUERY_TERMS);
  });

  it("EXACT_CODE_SCORE outranks any text score; FUZZY_CODE_SCORE sits between", () => {
    expect(search(index, "403").results[0]!.score).toBeGreaterThanOrEqual(ranking.EXACT_CODE_SCORE);
    const fuzzy = search(index, "SalVhdInitialisationError").results[0]!.score;
    expect(fuzzy).toBeGreaterThanOrEqual(ranking.FUZZY_CODE_SCORE);
    expect(fuzzy).toBeLessThan(ranking.EXACT_CODE_SCORE);
  });

  it("CODE_FUZZY_MAX_DISTANCE and CODE_FUZZY_MIN_LENGTH: two edits match a long code, three do not, nor do short codes", () => {
    expect(search(index, "SalBitmapErorr").results[0]?.matchedCode).toBe("SalBitmapError");
    expect(search(index, "SalBotmupErorr").results[0]?.matchedCode).toBeUndefined();
    expect(ranking.CODE_FUZZY_MIN_LENGTH).toBeGreaterThan("SalBitmap".length);
  });

  it.each([
    ["title", "body"],
    ["codes", "intro"],
    ["message", "cause"],
    ["title", "step"],
  ] as const)("FIELD_WEIGHTS: a word in the %s outranks the same word in the %s", (strong, weak) => {
    // Both records hold the same words in the same two fields; only the field of `zqxword` differs, so the
    // field weights alone decide (their weighted lengths are equal too).
    const record = (id: string, wordIn: string): IndexRecord => ({
      ...describeCatalogRecords(makeSeedCatalog())[0]!,
      id,
      codes: [],
      fields: {
        [strong]: wordIn === strong ? "zqxword alfa" : "alfa beta",
        [weak]: wordIn === weak ? "zqxword beta" : "gamma beta",
      },
    });
    // Records without the word make it rare enough to score above MIN_ABSOLUTE_SCORE.
    const others = Array.from({ length: 20 }, (_, i) => record(`other${i}`, "none"));
    const catalog = buildIndexFromRecords([record("in-weak", weak), record("in-strong", strong), ...others]);
    expect(search(catalog, "zqxword").results.map((r) => r.id)).toEqual(["in-strong", "in-weak"]);
  });

  it("EXACT, FOLDED, COMPOUND, STEM and FUZZY weights order the ways a word can match", () => {
    expect(alternativeWeights("aktiveringen")).toContainEqual(["aktiveringen", ranking.EXACT_TERM_WEIGHT]);
    expect(alternativeWeights("tjanst")).toContainEqual(["tjänst", ranking.FOLDED_TERM_WEIGHT]);
    expect(alternativeWeights("valvuppgifter")).toContainEqual([
      "valv uppgifter",
      ranking.COMPOUND_TERM_WEIGHT,
    ]);
    expect(alternativeWeights("aktiveringar")).toContainEqual(["aktiveringen", ranking.STEM_TERM_WEIGHT]);
    expect(alternativeWeights("aktiveringn")).toContainEqual(["aktiveringen", ranking.FUZZY_TERM_WEIGHT]);
    expect(alternativeWeights("qqqq")).toBeUndefined();
  });

  it("SYNONYM_TERM_WEIGHT: `not enough` also matches `insufficient`", () => {
    const concept = expandQuery(index, ["not", "enough"]).concepts.find((c) => c.term === "enough");
    expect(concept?.alternatives).toContainEqual({
      terms: ["insufficient"],
      weight: ranking.SYNONYM_TERM_WEIGHT,
    });
    expect(expandQuery(index, ["enough"]).concepts).toEqual([]);
  });

  it("MIN_COMPOUND_PART_LENGTH: parts shorter than the minimum are not split off", () => {
    expect(alternativeWeights("valvuppgifter")?.some(([terms]) => String(terms).includes(" "))).toBe(true);
    expect(alternativeWeights("enfil")).toBeUndefined();
  });

  it("FUZZY_MIN_WORD_LENGTH, FUZZY_MAX_DISTANCE_SHORT, FUZZY_TWO_EDITS_MIN_LENGTH: the typo budget grows with length", () => {
    expect(maxTypoDistance(ranking.FUZZY_MIN_WORD_LENGTH - 1)).toBe(0);
    expect(maxTypoDistance(ranking.FUZZY_MIN_WORD_LENGTH)).toBe(ranking.FUZZY_MAX_DISTANCE_SHORT);
    expect(maxTypoDistance(ranking.FUZZY_TWO_EDITS_MIN_LENGTH)).toBe(2);
    expect(findCloseWords(index, "aktivexingxn")).toContain("aktiveringen");
    expect(findCloseWords(index, "aktxvexingxn")).toEqual([]);
  });

  it("FUZZY_MAX_CANDIDATES caps corrections per word", () => {
    expect(findCloseWords(index, "filen", 2).length).toBeLessThanOrEqual(ranking.FUZZY_MAX_CANDIDATES);
  });

  it("COVERAGE_EXPONENT: the error matching all words beats one matching a word many times", () => {
    expect(ranking.COVERAGE_EXPONENT).toBeGreaterThan(1);
    expect(search(index, "krypterings lösen frasen lagrad datorn").results[0]?.id).toBe(
      "encryption-passphrase-not-correctly-configured",
    );
  });

  it("PHRASE_PAIR_WEIGHT and PHRASE_FIELDS: adjacent query words found adjacent in a message add evidence", () => {
    const concepts = expandQuery(index, ["proxyautentisering", "krävs"]).concepts;
    expect(concepts.find((c) => c.pair)?.alternatives[0]?.weight).toBe(ranking.PHRASE_PAIR_WEIGHT);
    expect(expandQuery(index, ["krävs", "proxyautentisering"]).concepts.some((c) => c.pair)).toBe(false);
    expect(ranking.PHRASE_FIELDS).toContain("message");
  });

  it("COMMON_TERM_*: very common words are dropped from long queries in big catalogs only", () => {
    const records: IndexRecord[] = Array.from({ length: ranking.COMMON_TERM_MIN_RECORDS }, (_, i) => ({
      ...describeCatalogRecords(makeSeedCatalog())[0]!,
      id: `e${i}`,
      fields: { message: `vanlig ord${i % 7} unik${i}` },
    }));
    const big = buildIndexFromRecords(records);
    const words = (terms: string[]) =>
      expandQuery(big, terms)
        .concepts.filter((c) => !c.pair)
        .map((c) => c.term);
    expect(words(["vanlig", "unik1", "unik2", "unik3", "unik4"])).toEqual([
      "unik1",
      "unik2",
      "unik3",
      "unik4",
    ]);
    expect(words(["vanlig", "unik1", "unik2"])).toEqual(["vanlig", "unik1", "unik2"]);
    expect(
      dropCommonConcepts(index, expandQuery(index, ["det", "gick", "inte", "att", "ladda"]).concepts),
    ).toHaveLength(expandQuery(index, ["det", "gick", "inte", "att", "ladda"]).concepts.length);
  });

  it("MIN_RELATIVE_SCORE and MIN_ABSOLUTE_SCORE drop weak tails", () => {
    const results = search(index, "aktiveringen slutfördes inte korrekt", { limit: 100 }).results;
    const top = results[0]!.score;
    expect(
      results.every(
        (r) => r.score >= ranking.MIN_RELATIVE_SCORE * top && r.score >= ranking.MIN_ABSOLUTE_SCORE,
      ),
    ).toBe(true);
    expect(results.length).toBeLessThan(index.records.length);
  });

  it("GROUP_BAND_RATIO and KIND_ORDER: a clearly better flow comes first, comparable errors precede flows", () => {
    expect(search(index, "Get-ExecutionPolicy").results[0]?.kind).toBe("flow");
    const kinds = search(index, "Microsoft Azure Recovery Services agenten kunde inte", {
      limit: 5,
    }).results.map((r) => r.kind);
    expect(kinds[0]).toBe("error");
    expect(ranking.KIND_ORDER).toEqual(["error", "flow", "section", "article"]);
  });

  it("KIND_WEIGHTS: an article wins only when nothing more specific matches", () => {
    expect(ranking.KIND_WEIGHTS.article).toBeLessThan(ranking.KIND_WEIGHTS.error);
    expect(search(index, "Felsöka Azure Backup Agent").results[0]?.kind).toBe("article");
  });

  it("DEFAULT_RESULT_LIMIT and MAX_RESULT_LIMIT bound the result count", () => {
    expect(search(index, "agenten").results.length).toBeLessThanOrEqual(ranking.DEFAULT_RESULT_LIMIT);
    expect(search(index, "agenten", { limit: 10_000 }).results.length).toBeLessThanOrEqual(
      ranking.MAX_RESULT_LIMIT,
    );
    expect(search(index, "agenten", { limit: 1 }).results).toHaveLength(1);
  });

  it("MAX_SUGGESTIONS bounds suggestions", () => {
    expect(search(index, "(ID: 34514)").suggestions.length).toBeGreaterThan(0);
    expect(
      search(index, "(ID: 34514) (ID: 34505) (ID: 34512) (ID: 34516) (ID: 34503) (ID: 34500)").suggestions
        .length,
    ).toBeLessThanOrEqual(ranking.MAX_SUGGESTIONS);
  });

  it("SNIPPET_LENGTH: long text is cut around the first match, short text is whole", () => {
    const result = search(index, "Proxyautentisering").results[0]!;
    expect(result.snippet.length).toBeLessThanOrEqual(ranking.SNIPPET_LENGTH + 2);
    expect(result.snippet).toContain("Proxyautentisering");
    expect(search(index, "SalBitmapError").results[0]!.snippet).toBe(
      "Det går inte att hitta ändringar i en fil. Detta kan bero på olika orsaker. Försök att utföra åtgärden igen.",
    );
  });

  it("BARE_NUMBER_MIN_DIGITS and CAMEL_CODE_MIN_HUMPS decide what is a strong code", () => {
    const strong = (text: string) => findCodes(text).some((c) => c.strength === "strong");
    expect(strong("1".repeat(ranking.BARE_NUMBER_MIN_DIGITS))).toBe(true);
    expect(strong("1".repeat(ranking.BARE_NUMBER_MIN_DIGITS - 1))).toBe(false);
    expect(strong("SalBitmapError")).toBe(true);
    expect(strong("PowerShell")).toBe(false);
  });

  it("MAX_CODE_WORDS: a code typed in up to that many words is found, longer runs are not joined", () => {
    expect(search(index, "Sal Checksum Store Initialization Failed").results[0]?.matchedCode).toBe(
      "SalChecksumStoreInitializationFailed",
    );
    expect(ranking.MAX_CODE_WORDS).toBeGreaterThanOrEqual(5);
    expect(findCodes("a b c d e f g h").some((c) => c.text === "a b c d e f g h")).toBe(false);
  });

  it("MAX_CANDIDATES bounds the text matches that are ranked (the product facet counts them before the result limit)", () => {
    // Matching records differ in length, so every score differs and none ties at the cut; as many records without
    // the word keep it rare enough to score above MIN_ABSOLUTE_SCORE.
    const base = describeCatalogRecords(makeSeedCatalog())[0]!;
    const matchCount = (matching: number) => {
      const big = buildIndexFromRecords(
        Array.from({ length: 4 * matching }, (_, i) => ({
          ...base,
          id: `e${i}`,
          codes: [],
          fields:
            i < matching
              ? { body: `${"vanlig ".repeat(1 + (i % 40))}fyll${i}`, step: "fyll ".repeat(i) }
              : { body: `annat ord${i}` },
        })),
      );
      return search(big, "vanlig").products.reduce((sum, facet) => sum + facet.count, 0);
    };
    // Fixed sizes (not derived from the constant), so a runaway value fails here instead of building a huge index.
    expect(matchCount(180)).toBe(180);
    expect(matchCount(250)).toBe(ranking.MAX_CANDIDATES);
  });

  it("BROWSER_INDEX_MAX_ERRORS: a catalog at the threshold ships its index to the browser, one error more does not", () => {
    expect(ranking.shipsIndexToBrowser(index.errorCount)).toBe(true);
    expect(ranking.shipsIndexToBrowser(ranking.BROWSER_INDEX_MAX_ERRORS)).toBe(true);
    expect(ranking.shipsIndexToBrowser(ranking.BROWSER_INDEX_MAX_ERRORS + 1)).toBe(false);
  });
});

describe("as-you-type prefix policy: each constant with a hit and a miss", () => {
  const codeIndexOf = (codes: string[]) =>
    buildIndexFromRecords(
      codes.map((code, i) => ({
        ...describeCatalogRecords(makeSeedCatalog())[0]!,
        id: `e${i}`,
        codes: [code],
        fields: { codes: code },
      })),
    );

  it("PREFIX_CODE_SCORE: a half-typed code ranks above text, below fuzzy and exact codes", () => {
    const prefix = search(index, "sallowdisk").results[0]!;
    expect(prefix).toMatchObject({ id: "sallowdiskspace", matchedCode: "SalLowDiskSpace" });
    expect(prefix.score).toBeGreaterThanOrEqual(ranking.PREFIX_CODE_SCORE);
    expect(prefix.score).toBeLessThan(ranking.FUZZY_CODE_SCORE);
    expect(search(index, "sallowdiskspace").results[0]!.score).toBeGreaterThanOrEqual(
      ranking.EXACT_CODE_SCORE,
    );
  });

  it("PREFIX_CODE_SCORE: a full exact code still ranks first over codes it is a prefix of", () => {
    const exactFirst = codeIndexOf(["34513", "345130", "3451301"]);
    expect(search(exactFirst, "34513").results.map((r) => r.matchedCode)).toEqual(["34513"]);
    expect(search(exactFirst, "3451").results.map((r) => r.matchedCode)).toEqual([
      "34513",
      "345130",
      "3451301",
    ]);
  });

  it("PREFIX_CODE_MIN_LENGTH: four digits or letters complete a code, three do not", () => {
    const typed = (length: number) => "34513".slice(0, length);
    expect(search(index, typed(ranking.PREFIX_CODE_MIN_LENGTH)).results[0]?.matchedCode).toBe("34513");
    expect(search(index, typed(ranking.PREFIX_CODE_MIN_LENGTH - 1)).results[0]?.matchedCode).toBeUndefined();
    expect(findPrefixCodes(index, "salv").map(({ entry }) => entry.code)).toEqual([
      "SalVhdInitializationError",
    ]);
    expect(findPrefixCodes(index, "sal")).toEqual([]);
  });

  it("PREFIX_CODE_MIN_LENGTH: a catalog word is not half a code", () => {
    const withWord = codeIndexOf(["DiskFull", "DiskSlow", "Disk"]);
    expect(findPrefixCodes(withWord, "disk")).toEqual([]);
    expect(findPrefixCodes(withWord, "disks")).toHaveLength(1);
  });

  it("PREFIX_CODE_MAX_MATCHES: a prefix completes to at most that many codes, the most complete first", () => {
    const many = codeIndexOf(
      Array.from({ length: ranking.PREFIX_CODE_MAX_MATCHES + 5 }, (_, i) => `QuxCode${"x".repeat(i + 1)}`),
    );
    const found = findPrefixCodes(many, "quxcode");
    expect(found).toHaveLength(ranking.PREFIX_CODE_MAX_MATCHES);
    expect(found[0]?.entry.code).toBe("QuxCodex");
    const few = codeIndexOf(["QuxCodeA", "QuxCodeB"]);
    expect(findPrefixCodes(few, "quxcode")).toHaveLength(2);
  });

  it("PREFIX_MAX_QUERY_TERMS: a short query is completed, a longer one is not", () => {
    const words = (count: number) => ["sallowdisk", ...Array.from({ length: count - 1 }, () => "qqq")];
    const query = (count: number) => words(count).join(" ");
    expect(search(index, query(ranking.PREFIX_MAX_QUERY_TERMS)).results[0]?.matchedCode).toBe(
      "SalLowDiskSpace",
    );
    expect(search(index, query(ranking.PREFIX_MAX_QUERY_TERMS + 1)).results[0]?.matchedCode).toBeUndefined();
    const completed = (terms: string[]) =>
      expandQuery(index, terms).concepts.some((c) =>
        c.alternatives.some((a) => a.terms[0] === "proxyautentisering"),
      );
    expect(completed(["krävs", "proxyaut"])).toBe(true);
    expect(completed(["proxyaut", "krävs"])).toBe(false);
    expect(completed(["det", "gick", "inte", "proxyaut"])).toBe(false);
  });

  it("PREFIX_MIN_LENGTH: a last word of that many letters is completed, a shorter one is not, a known one is not", () => {
    const typed = "proxyautentisering";
    expect(findPrefixWords(index, typed.slice(0, ranking.PREFIX_MIN_LENGTH)).length).toBeGreaterThan(0);
    expect(findPrefixWords(index, typed.slice(0, ranking.PREFIX_MIN_LENGTH - 1))).toEqual([]);
    expect(findPrefixWords(index, "agenten")).toEqual([]);
  });

  it("PREFIX_MAX_EXPANSIONS: a word completes to at most that many catalog words", () => {
    expect(findByPrefix(index.wordPrefixes, "pro").length).toBeGreaterThan(ranking.PREFIX_MAX_EXPANSIONS);
    expect(findPrefixWords(index, "pro")).toHaveLength(ranking.PREFIX_MAX_EXPANSIONS);
    expect(findPrefixWords(index, "proxyautentiser")).toHaveLength(1);
  });

  it("PREFIX_TERM_WEIGHT: a completion weighs less than a stem, more with å/ä/ö than without, and is no correction", () => {
    expect(ranking.PREFIX_TERM_WEIGHT).toBeLessThan(ranking.STEM_TERM_WEIGHT);
    expect(alternativeWeights("proxyaut")).toContainEqual(["proxyautentisering", ranking.PREFIX_TERM_WEIGHT]);
    const weights = (typed: string) =>
      new Set(
        findPrefixWords(index, typed)
          .filter((a) => a.terms[0]!.startsWith("säkerhetskop"))
          .map((a) => a.weight),
      );
    expect(weights("säkerhetskop")).toEqual(new Set([ranking.PREFIX_TERM_WEIGHT]));
    expect(weights("sakerhetskop")).toEqual(
      new Set([ranking.PREFIX_TERM_WEIGHT * ranking.FOLDED_TERM_WEIGHT]),
    );
    const response = search(index, "säkerhetskop");
    expect(response.results.length).toBeGreaterThan(0);
    expect(response.suggestions).toEqual([]);
  });
});

describe("multi-product policy: each constant with a hit and a miss", () => {
  const products = buildSearchIndex(makeProductCatalog());

  it("FAMILY_CODE_SCORE: another form of the code ranks between exact and close codes", () => {
    const family = search(products, "0x80070057").results[0]!;
    expect(family.score).toBeGreaterThanOrEqual(ranking.FAMILY_CODE_SCORE);
    expect(family.score).toBeLessThan(ranking.EXACT_CODE_SCORE);
    expect(ranking.FAMILY_CODE_SCORE).toBeGreaterThan(ranking.FUZZY_CODE_SCORE);
    expect(search(products, "0x80040057").results.some((r) => r.matchedCode)).toBe(false);
  });

  it("MIN_CONFIDENCE: a first result holding most of the query is good, one holding little is weak", () => {
    expect(search(products, "parameter is incorrect").match).toBe("good");
    expect(search(products, "kubernetes eviction parameter").match).toBe("weak");
    expect(ranking.MIN_CONFIDENCE).toBeGreaterThan(0);
    expect(ranking.MIN_CONFIDENCE).toBeLessThan(1);
  });

  it("CLASH_DECISION_RATIO: words that favour one error decide a shared code, no words leave it open", () => {
    expect(search(products, "112").clash?.code).toBe("112");
    expect(search(products, "112 host is down").clash).toBeUndefined();
    expect(ranking.CLASH_DECISION_RATIO).toBeGreaterThan(1);
  });

  it("CONTEXT_PRODUCT_SCORE: the visitor's product lifts its error for a shared code, nothing else", () => {
    const scores = (contextProduct?: string) =>
      search(products, "112", { contextProduct }).results.map((r) => [r.product, r.score]);
    expect(scores(AZURE_FILES)[0]).toEqual([
      AZURE_FILES,
      ranking.EXACT_CODE_SCORE + ranking.CONTEXT_PRODUCT_SCORE,
    ]);
    expect(new Set(scores().map(([, score]) => score))).toEqual(new Set([ranking.EXACT_CODE_SCORE]));
  });

  it("ACRONYM_PART_WEIGHT: a part of an acronym run in a code reaches the run, an unrelated word does not", () => {
    const weights = (word: string) =>
      expandQuery(products, [word]).concepts[0]?.alternatives.map((a) => [a.terms.join(" "), a.weight]);
    expect(weights("po")).toContainEqual(["sqlpo", ranking.ACRONYM_PART_WEIGHT]);
    expect(weights("qz")).toBeUndefined();
  });

  it("FIELD_WEIGHTS.codeWords: a word inside a code finds its error, weighing less than a title word", () => {
    expect(search(index, "bitmap").results[0]?.id).toBe("salbitmaperror");
    expect(ranking.FIELD_WEIGHTS.codeWords).toBeLessThan(ranking.FIELD_WEIGHTS.title);
    expect(search(index, "bitmaps").results[0]?.matchedCode).toBeUndefined();
  });
});
