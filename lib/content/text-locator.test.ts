import { describe, expect, it } from "vitest";
import { createTextLocator } from "./text-locator";

describe("createTextLocator", () => {
  const text = "ab\ncde\n\nf";
  const locator = createTextLocator(text);

  it("gives the 1-based line and column of every offset", () => {
    const expected = [...text].map((_, offset) => {
      const before = text.slice(0, offset);
      return { line: before.split("\n").length, column: offset - before.lastIndexOf("\n") };
    });
    expect([...text].map((_, offset) => locator.pointAt(offset))).toEqual(expected);
  });

  it("turns a line and column back into the same offset", () => {
    for (let offset = 0; offset < text.length; offset++) {
      const { line, column } = locator.pointAt(offset);
      expect(locator.offsetAt(line, column)).toBe(offset);
    }
    expect(locator.offsetAt(99, 1)).toBe(text.length);
  });
});
