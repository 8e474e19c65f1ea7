import { describe, expect, it } from "vitest";
import { decodeCharacterReferences, scriptCapableScheme } from "./url-safety";

describe("scriptCapableScheme reads the scheme as a browser does", () => {
  it.each([
    ["javascript:alert(1)", "javascript"],
    ["JavaScript:alert(1)", "javascript"],
    [" javascript:alert(1)", "javascript"],
    ["java\tscript:alert(1)", "javascript"],
    ["java\nscript:alert(1)", "javascript"],
    ["java\u0000script:alert(1)", "javascript"],
    ["java\u200Bscript:alert(1)", "javascript"],
    ["jav&#x09;ascript:alert(1)", "javascript"],
    ["&#106;avascript:alert(1)", "javascript"],
    ["javascript&colon;alert(1)", "javascript"],
    ["vbscript:msgbox", "vbscript"],
    ["data:text/html,<script>alert(1)</script>", "data"],
  ])("%j uses %s", (url, scheme) => {
    expect(scriptCapableScheme(url)).toBe(scheme);
  });

  it.each([
    "https://example.com/javascript:x",
    "/en/articles/a",
    "#javascript",
    "mailto:a@b.c",
    "java script.md",
  ])("%j is safe", (url) => {
    expect(scriptCapableScheme(url)).toBeUndefined();
  });
});

describe("decodeCharacterReferences", () => {
  it("decodes numeric and named references and keeps unknown names", () => {
    expect(decodeCharacterReferences("&#65;&#x42;&amp;&nosuchname;")).toBe("AB&&nosuchname;");
  });
});
