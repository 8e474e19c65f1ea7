import { describe, expect, it } from "vitest";
import { buildPrefixList, findByPrefix } from "./prefix-match";

describe("prefix lists", () => {
  const list = buildPrefixList([
    ["sallowdiskspace", 1],
    ["salbitmaperror", 2],
    ["sal", 3],
    ["salvhdinitializationerror", 4],
    ["agenten", 5],
  ] as const);

  it("finds every longer key starting with the typed text, in key order", () => {
    expect(findByPrefix(list, "sal").map(({ value }) => value)).toEqual([2, 1, 4]);
    expect(findByPrefix(list, "sallow")).toEqual([{ key: "sallowdiskspace", value: 1 }]);
  });

  it("finds nothing for a key typed in full or text no key starts with", () => {
    expect(findByPrefix(list, "agenten")).toEqual([]);
    expect(findByPrefix(list, "zzz")).toEqual([]);
  });
});
