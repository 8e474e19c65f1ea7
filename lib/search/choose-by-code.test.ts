import { describe, expect, it } from "vitest";
import { chooseByCode, groupByProduct } from "./choose-by-code";
import { AZURE_FILES, WINDOWS, makeProductCatalog } from "./fixtures/product-catalog";
import { buildSearchIndex } from "./search-engine";

const index = buildSearchIndex(makeProductCatalog());
const ids = (code: string, locale: "en" | "sv" = "en") => chooseByCode(index, code, locale).map((r) => r.id);

describe("chooseByCode: the errors a code's permanent link names", () => {
  it("lists every error printing the code, grouped by product for the chooser", () => {
    const results = chooseByCode(index, "112", "en");
    expect(results.map((r) => r.id).sort()).toEqual(["error-disk-full", "mount-error-112-host-is-down"]);
    expect(
      groupByProduct(results)
        .map((group) => group.product)
        .sort(),
    ).toEqual([AZURE_FILES, WINDOWS]);
  });

  it("names one error for a code only it prints, and every error for a code's value in any notation", () => {
    expect(ids("ERROR_DISK_FULL")).toEqual(["error-disk-full"]);
    expect(ids("0x70").sort()).toEqual(["error-disk-full", "mount-error-112-host-is-down"]);
  });

  it("prefers the error printing the code as typed over other forms of it", () => {
    expect(ids("0x80070005")).toEqual(["scratch-access-denied"]);
  });

  it("falls back to other forms of the code when no error prints it", () => {
    expect(ids("0x80070057")).toEqual(["error-invalid-parameter"]);
  });

  it("names nothing for words, half a code or an unknown code", () => {
    expect(ids("disk full")).toEqual([]);
    expect(ids("3451")).toEqual([]);
    expect(ids("0x1FC08")).toEqual([]);
  });

  it("shows the visitor's language where the error exists in it", () => {
    expect(chooseByCode(index, "34513", "sv").map((r) => [r.id, r.locale])).toEqual([
      ["invalid-vault-credentials", "sv"],
    ]);
  });
});
