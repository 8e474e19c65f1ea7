import { beforeAll, describe, expect, it } from "vitest";
import { buildCatalog } from "../content/build-catalog";
import { buildSearchIndex, search, type SearchIndex } from "./search-engine";
import { readEvalQueries } from "./fixtures/eval-queries";

let index: SearchIndex;

beforeAll(async () => {
  index = buildSearchIndex(await buildCatalog({ root: process.cwd() }));
});

describe("every evaluation query lands on its expected entity first, in the real content", () => {
  it.each(readEvalQueries())("$query → $expected (any locale)", ({ query, expected }) => {
    expect(expected).toContain(search(index, query).results[0]?.id);
  });

  it.each(readEvalQueries())("$query → $expected (Swedish UI)", ({ query, expected }) => {
    const first = search(index, query, { locale: "sv" }).results[0];
    expect(expected).toContain(first?.id);
    expect(first?.locale).toBe("sv");
  });
});

describe("typos and spellings in the real content", () => {
  it("corrects `schedueld` to `scheduled`", () => {
    const response = search(index, "schedueld");
    expect(response.results[0]?.id).toBe("backups-dont-run-according-to-schedule");
    expect(response.suggestions).toContain("scheduled");
  });

  it("finds a Swedish word typed without å/ä/ö", () => {
    expect(search(index, "sakerhetskopiering", { locale: "sv" }).results.length).toBeGreaterThan(0);
  });
});

describe("as-you-type queries in the real content", () => {
  it("completes a half-typed symbolic code: `sallowdisk` → SalLowDiskSpace", () => {
    expect(search(index, "sallowdisk").results[0]).toMatchObject({
      id: "sallowdiskspace",
      matchedCode: "SalLowDiskSpace",
    });
  });

  it("completes `salvhd` → SalVhdInitializationError", () => {
    expect(search(index, "salvhd").results[0]?.id).toBe("salvhdinitializationerror");
  });

  it("completes a half-typed word: `säkerhetskop` finds errors about säkerhetskopiering", () => {
    const first = search(index, "säkerhetskop", { locale: "sv" }).results[0];
    expect(first?.matchedTerms.some((term) => term.startsWith("säkerhetskop"))).toBe(true);
  });
});
