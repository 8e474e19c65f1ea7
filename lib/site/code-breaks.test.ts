import { describe, expect, it } from "vitest";
import { splitCodeAtWords } from "./code-breaks";

describe("splitCodeAtWords", () => {
  it("breaks camel case and separators, and the pieces join to the code", () => {
    expect(splitCodeAtWords("SalChecksumStoreInitializationFailed")).toEqual([
      "Sal",
      "Checksum",
      "Store",
      "Initialization",
      "Failed",
    ]);
    expect(splitCodeAtWords("ERROR_DISK_FULL")).toEqual(["ERROR_", "DISK_", "FULL"]);
    for (const code of ["0x1FC07", "34513", "ERR_HTTP_HEADERS_SENT", "E0499", "5.1.1"])
      expect(splitCodeAtWords(code).join("")).toBe(code);
    expect(splitCodeAtWords("0x1FC07")).toEqual(["0x1FC07"]);
  });
});
