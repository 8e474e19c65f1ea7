import { describe, expect, it } from "vitest";
import type { ErrorEntry } from "../schema/entities";
import { findErrorsByCode } from "./find-errors-by-code";

const error = (id: string, codes: string[]): ErrorEntry => ({
  id,
  locale: "sv",
  article: "a",
  title: id,
  codes,
  message: "",
  causes: [],
  actions: [],
  source: { file: "content/sv/a.mdx", line: 1, column: 1 },
});

const errors = [
  error("activation", ["0x1FC07"]),
  error("low-disk", ["SalLowDiskSpace"]),
  error("vault", ["34513"]),
];

describe("findErrorsByCode", () => {
  it("meets a hex code in any of its shapes", () => {
    for (const typed of ["0x1FC07", "0x1fc07", "1FC07", "130055"]) {
      expect(findErrorsByCode(typed, errors).map((e) => e.id)).toEqual(["activation"]);
    }
  });
  it("meets a symbolic code typed in lower case", () => {
    expect(findErrorsByCode("sallowdiskspace", errors).map((e) => e.id)).toEqual(["low-disk"]);
  });
  it("finds nothing for unknown, empty or absurdly long codes", () => {
    expect(findErrorsByCode("99999", errors)).toEqual([]);
    expect(findErrorsByCode("", errors)).toEqual([]);
    expect(findErrorsByCode("3".repeat(2000), errors)).toEqual([]);
  });
});
