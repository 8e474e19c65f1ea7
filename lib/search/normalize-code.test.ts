import { describe, expect, it } from "vitest";
import { findCodes } from "./find-codes";
import { describeCode, normalizeCode, stripCodeWrappers } from "./normalize-code";
import { getTranslation } from "../i18n/translation";

describe("normalizeCode: every printed shape of a code meets the same key", () => {
  const sameKey: [string, string][] = [
    ["0x1FC07", "n:130055"],
    ["0x1fc07", "n:130055"],
    ["1FC07", "n:130055"],
    ["0x0001FC07", "n:130055"],
    ["130055", "n:130055"],
    ["[0x1FC07]", "n:130055"],
    ["0x80070005", "n:2147942405"],
    ["-2147024891", "n:2147942405"],
    ["80070005", "n:2147942405"],
    ["34513", "n:34513"],
    ["034513", "n:34513"],
    ["(ID: 34513)", "n:34513"],
    ["ID 34513", "n:34513"],
    ["Fel 34506.", "n:34506"],
    ["Error 34506", "n:34506"],
    ["Felkod: 34506", "n:34506"],
    ["Error code: 0x1FC07", "n:130055"],
    ["(407)", "n:407"],
    ["Erreur 34506", "n:34506"],
    ["Fehlercode: 34506", "n:34506"],
    ["エラー 34506", "n:34506"],
    ["エラー34506", "n:34506"],
    ["SalLowDiskSpace", "s:sallowdiskspace"],
    ["sallowdiskspace", "s:sallowdiskspace"],
    ["SalLowDiskSpace:", "s:sallowdiskspace"],
    ["Sal Low Disk Space", "s:sallowdiskspace"],
  ];
  it.each(sameKey)("%s has the key %s", (raw, key) => {
    expect(normalizeCode(raw)).toContain(key);
  });

  it("keeps a keyword that is part of a symbolic code (IdentityError is not `Id` + `entityError`)", () => {
    expect(stripCodeWrappers("IdentityError")).toBe("IdentityError");
    expect(normalizeCode("IdentityError")).toEqual(["s:identityerror"]);
  });

  it("does not confuse different codes", () => {
    expect(normalizeCode("34513")).not.toContain("n:34506");
    expect(normalizeCode("SalBitmapError")).not.toContain("s:sallowdiskspace");
  });

  it("returns no key for text without letters or digits", () => {
    expect(normalizeCode("(  )")).toEqual([]);
  });
});

describe("describeCode: says what a code was understood as, in sv and en", () => {
  it.each([
    ["0x1FC07", "en", "code 0x1FC07 (decimal 130055)"],
    ["0x1FC07", "sv", "kod 0x1FC07 (decimalt 130055)"],
    ["34513", "en", "code 34513 (hex 0x86D1)"],
    ["-2147024891", "en", "HRESULT 0x80070005 (decimal 2147942405, signed -2147024891)"],
    ["SalLowDiskSpace", "sv", "symbolisk kod SalLowDiskSpace"],
  ] as const)("%s in %s", (code, locale, text) => {
    expect(describeCode(code, getTranslation(locale).codes)).toBe(text);
  });

  it("says when no error has the code, in English by default", () => {
    expect(describeCode("99999", undefined, false)).toBe("code 99999 (hex 0x1869F): no error has this code");
  });
});

describe("findCodes: code-like tokens in free text", () => {
  const strongTexts = (text: string) =>
    findCodes(text)
      .filter((c) => c.strength === "strong")
      .map((c) => c.text);

  it("finds wrapped, prefixed and long codes as strong", () => {
    expect(strongTexts("Aktiveringen misslyckades [0x1FC07]. (ID: 34513) Fel 34506. (407) Proxy")).toEqual([
      "0x1FC07",
      "34513",
      "34506",
      "407",
    ]);
    expect(strongTexts("Error code: -2147024891")).toEqual(["-2147024891"]);
    expect(strongTexts("SalVhdInitialisationError i loggen")).toEqual(["SalVhdInitialisationError"]);
  });

  it("treats versions, percentages, units and short bare numbers as no strong code", () => {
    expect(
      strongTexts(
        ".NET Framework 4.5.2 eller senare, 5% till 10% ledigt, 48 timmar, 50 datorer, år 2019, 403",
      ),
    ).toEqual([]);
    expect(findCodes("4.5.2 och 5% och 48 timmar").filter((c) => !c.symbolic)).toEqual([]);
  });

  it("offers short bare numbers and words typed apart as weak candidates (they count only on an exact hit)", () => {
    const weak = findCodes("407 Sal Low Disk Space")
      .filter((c) => c.strength === "weak")
      .map((c) => c.text);
    expect(weak).toContain("407");
    expect(weak).toContain("Sal Low Disk Space");
  });

  it("does not take a one-hump word (PowerShell, iSCSI) for a code, unless it is wrapped", () => {
    expect(strongTexts("PowerShell iSCSI Get-ExecutionPolicy")).toEqual([]);
    expect(strongTexts("The deployment failed (AuthorizationFailed)")).toEqual(["AuthorizationFailed"]);
  });

  it("takes a constant's name in capitals (ERROR_ACCESS_DENIED) for one strong code, snake_case words not", () => {
    expect(strongTexts("failed with ERROR_ACCESS_DENIED after E_FAIL")).toEqual([
      "ERROR_ACCESS_DENIED",
      "E_FAIL",
    ]);
    expect(strongTexts("set max_retry_count in the file")).toEqual([]);
  });

  it("separates a code from CJK text written against it", () => {
    expect(strongTexts("エラー34506が発生しました")).toEqual(["34506"]);
  });
});
