import { describe, expect, it } from "vitest";
import { findLiteralFacts, type FactKind } from "./find-literal-facts";

const facts = (text: string, spans: string[] = []) =>
  findLiteralFacts(text, spans).map((fact) => [fact.kind, fact.text] as [FactKind, string]);
const keys = (text: string) => findLiteralFacts(text).map((fact) => fact.key);

describe("literal facts in prose", () => {
  it("reads a Windows path with spaces up to where the sentence goes on", () => {
    expect(facts("The default is C:\\Program Files\\Contoso Agent\\Scratch. Move it first.")).toEqual([
      ["path", "C:\\Program Files\\Contoso Agent\\Scratch"],
    ]);
    expect(facts("Öppna C:/Windows/Temp och räkna filerna.")).toEqual([["path", "C:/Windows/Temp"]]);
  });

  it("reads registry keys, shares, placeholders and relative device paths", () => {
    expect(facts("Set HKLM\\SOFTWARE\\Contoso\\Agent to 1")).toEqual([
      ["path", "HKLM\\SOFTWARE\\Contoso\\Agent"],
    ]);
    expect(facts("Copy to \\\\server\\share\\logs now")).toEqual([["path", "\\\\server\\share\\logs"]]);
    expect(facts("Add <install path>\\bin\\Modules to it")).toEqual([
      ["path", "<install path>\\bin\\Modules"],
    ]);
    expect(facts("the hardware ID ROOT\\ISCSIPRT.")).toEqual([["path", "ROOT\\ISCSIPRT"]]);
    expect(facts("Logs are in /var/log/contoso/ today")).toEqual([["path", "/var/log/contoso/"]]);
  });

  it("reads file, process and host names, and does not take abbreviations or broken names", () => {
    expect(facts("Exclude agent.exe and OnlineBackup.KEK; allow www.example.com and .windows.net.")).toEqual([
      ["name", "agent.exe"],
      ["name", "OnlineBackup.KEK"],
      ["name", "www.example.com"],
      ["name", ".windows.net"],
    ]);
    expect(facts("e.g. this, t.ex. det, bl.a. annat")).toEqual([]);
    // What a translation broke is no fact at all: its twin's fact then has no counterpart.
    expect(facts("Undanta CBengine. exe")).toEqual([]);
  });

  it("reads URLs without the sentence's punctuation, and codes and addresses", () => {
    expect(facts("See https://example.com/a?b=1. Then retry.")).toEqual([
      ["url", "https://example.com/a?b=1"],
    ]);
    expect(facts("Failed [0x1FC07] from 20.190.128.0/18")).toEqual([
      ["code", "0x1FC07"],
      ["address", "20.190.128.0/18"],
    ]);
  });

  it("keeps numbers of two or more digits, percentages and versions, whatever the number format", () => {
    expect(keys("over 60,000 files")).toEqual(keys("fler än 60 000 filer"));
    expect(keys("PowerShell 3.0")).toEqual(keys("PowerShell 3,0"));
    expect(keys("5% to 10%")).toEqual(["5%", "10%"]);
    expect(keys(".NET Framework 4.5.2 or later")).toEqual(["4.5.2"]);
    expect(keys("48 hours")).not.toEqual(keys("24 timmar"));
    expect(facts("go to step 6 and select 2 items")).toEqual([]);
  });

  it("folds the case of names and paths, since Windows does", () => {
    expect(keys("CBEngine.exe")).toEqual(keys("cbengine.exe"));
  });

  it("takes a code span without any typed fact as a literal of its own", () => {
    expect(facts("", ["Set-ExecutionPolicy  Unrestricted", "C:\\Temp\\x"])).toEqual([
      ["literal", "Set-ExecutionPolicy Unrestricted"],
      ["path", "C:\\Temp\\x"],
    ]);
  });
});
