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
