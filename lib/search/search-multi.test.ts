// Relevance over a catalog of many products and languages: the bundled content plus every corpus document,
// measured with ../shared/eval/queries-multi.tsv (top-1: the first result carries one of the expected codes).
import { beforeAll, describe, expect, it } from "vitest";
import { readEvalQueries } from "./fixtures/eval-queries";
import { buildMultiCatalog, readMultiQueries } from "./fixtures/multi-catalog";
import { normalizeCode } from "./normalize-code";
import { MULTI_CATALOG_MIN_TOP1 } from "./ranking";
import { buildSearchIndex, search, type SearchIndex } from "./search-engine";

let index: SearchIndex;
/** The article the queries of queries.tsv are written for (the seed, bundled in content/). */
const BUNDLED_ARTICLE = "troubleshoot-mars-agent";

// Importing the corpus (115 KB of Node.js reference among it) takes a while on a shared machine.
const IMPORT_TIMEOUT_MS = 180_000;

beforeAll(async () => {
  index = buildSearchIndex(await buildMultiCatalog());
}, IMPORT_TIMEOUT_MS);

const sameCode = (printed: readonly string[], expected: readonly string[]) => {
  const wanted = new Set(expected.flatMap((code) => normalizeCode(code)));
  return printed.some((code) => normalizeCode(code).some((key) => wanted.has(key)));
};

describe("queries over every corpus document plus the bundled content", () => {
  it(`puts an error with the expected code first for at least ${MULTI_CATALOG_MIN_TOP1 * 100} % of the queries`, () => {
    const rows = readMultiQueries().map(({ query, codes, locale }) => {
      const first = search(index, query, { locale }).results[0];
      return {
        query,
        locale,
        want: codes.join("|"),
        got: first ? `${first.codes.join(",")} (${first.id})` : "—",
        hit: sameCode(first?.codes ?? [], codes),
      };
    });
    const top1 = rows.filter((row) => row.hit).length / rows.length;
    console.log(
      [
        `multi-catalog top-1: ${rows.filter((row) => row.hit).length}/${rows.length} = ${top1.toFixed(3)}`,
        ...rows.map(
          (row) =>
            `${row.hit ? "hit " : "MISS"}  ${row.query.slice(0, 60)}@${row.locale} → ${row.got.slice(0, 70)} (want ${row.want})`,
        ),
      ].join("\n"),
    );
    expect(top1).toBeGreaterThanOrEqual(MULTI_CATALOG_MIN_TOP1);
  });

  it("keeps every query of queries.tsv on its bundled error in the Swedish UI, among all the other products", () => {
    const misses = readEvalQueries().flatMap(({ query, expected }) => {
      const first = search(index, query, { locale: "sv" }).results[0];
      const hit = first && expected.includes(first.id) && first.article === BUNDLED_ARTICLE;
      return hit ? [] : [`${query} → ${first?.article}/${first?.id}`];
    });
    expect(misses).toEqual([]);
  });
});
