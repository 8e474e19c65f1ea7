// Every entry of the code-family table, tested on its own examples: each hit must be read, each miss must not.
import { describe, expect, it } from "vitest";
import { CODE_FAMILIES, relateNumericCode } from "./code-families";
import { findCodes } from "./find-codes";
import { parseNumericCode } from "./normalize-code";

const valueOf = (code: string) => parseNumericCode(code)!.value;
const strongCodes = (text: string) =>
  findCodes(text)
    .filter((found) => found.strength === "strong")
    .map((found) => found.text);

describe.each(CODE_FAMILIES.map((entry) => [entry.name, entry] as const))("%s", (_, entry) => {
  if (entry.kind === "family") {
    it.each(entry.examples)("%s wraps %s, which may be reported as the wrapped form", (wrapped, plain) => {
      expect(relateNumericCode(valueOf(wrapped))).toContain(valueOf(plain));
      expect(relateNumericCode(valueOf(plain))).toContain(valueOf(wrapped));
    });
    it.each(entry.misses)("%s is outside the family", (miss) => {
      expect(relateNumericCode(valueOf(miss))).toEqual([]);
    });
    return;
  }
  it.each(entry.examples)("reads $codes in “$text”", ({ text, codes }) => {
    expect(strongCodes(text)).toEqual(expect.arrayContaining([...codes]));
    if (entry.kind === "wrapper") {
      const own = [...text.matchAll(entry.pattern)].flatMap((m) =>
        [m.groups?.status, m.groups?.code].filter(Boolean),
      );
      expect(own).toEqual(codes);
      for (const match of text.matchAll(entry.pattern)) expect(match[0].toLowerCase()).toContain(entry.hint);
    }
  });
  it.each(entry.misses)("reads no code in “%s”", (text) => {
    if (entry.kind === "wrapper") expect([...text.matchAll(entry.pattern)]).toEqual([]);
    else expect(strongCodes(text)).toEqual([]);
  });
});

describe("the table holds every kind it documents", () => {
  it("has numeric families, output wrappers and keywords", () => {
    expect(new Set(CODE_FAMILIES.map((entry) => entry.kind))).toEqual(
      new Set(["family", "wrapper", "keywords"]),
    );
  });
});
