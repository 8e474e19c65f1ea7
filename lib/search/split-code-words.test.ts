import { describe, expect, it } from "vitest";
import { listAcronymParts, splitCodeWords } from "./split-code-words";

describe("splitCodeWords: the words inside a code", () => {
  it.each([
    ["SalBitmapError", ["sal", "bitmap", "error"]],
    ["UserErrorSQLPODoesNotExist", ["user", "error", "sqlpo", "does", "not", "exist"]],
    ["ERR_HTTP_HEADERS_SENT", ["err", "http", "headers", "sent"]],
    ["BackUpOperationFailedV2", ["back", "up", "operation", "failed", "v2"]],
    ["ERROR_ACCESS_DENIED", ["error", "access", "denied"]],
  ])("%s → %j", (code, words) => {
    expect(splitCodeWords(code)).toEqual(words);
  });

  it.each(["34513", "0x1FC07", "E0499", "InvalidTemplate".toLowerCase(), "ENOENT"])(
    "%s is one word: nothing to add",
    (code) => {
      expect(splitCodeWords(code)).toEqual([]);
    },
  );
});

describe("listAcronymParts: acronyms run together in a CamelCase code", () => {
  it("cuts SQLPO into every pair of parts of at least two letters", () => {
    expect(listAcronymParts("UserErrorSQLPODoesNotExist")).toEqual([
      ["sq", "sqlpo"],
      ["lpo", "sqlpo"],
      ["sql", "sqlpo"],
      ["po", "sqlpo"],
    ]);
  });

  it("leaves short acronyms and codes written in capitals alone", () => {
    expect(listAcronymParts("ExtensionFailedVSSWriter")).toEqual([]);
    expect(listAcronymParts("ERR_HTTP_HEADERS_SENT")).toEqual([]);
  });
});
