import { describe, expect, it } from "vitest";
import { squashWhitespace, truncateText, wrapText } from "./wrap-text";

describe("wrapText", () => {
  it("breaks between words within the width", () => {
    expect(wrapText("Starta om tjänsten och försök igen", 12)).toEqual([
      "Starta om",
      "tjänsten och",
      "försök igen",
    ]);
  });

  it("splits a word longer than a line", () => {
    expect(wrapText("ROOT\\ISCSIPRT-device", 8)).toEqual(["ROOT\\ISC", "SIPRT-de", "vice"]);
  });

  it("treats new lines and runs of spaces as one space", () => {
    expect(wrapText("a\n\n b   c", 80)).toEqual(["a b c"]);
    expect(wrapText("   ", 10)).toEqual([]);
  });
});

describe("truncateText", () => {
  it("keeps text that fits", () => {
    expect(truncateText("Stäng Internet Explorer.", 24)).toBe("Stäng Internet Explorer.");
  });

  it("cuts at a word and ends with an ellipsis, within the limit", () => {
    const cut = truncateText("Stäng Internet Explorer och starta om datorn", 20);
    expect(cut).toBe("Stäng Internet…");
    expect(cut.length).toBeLessThanOrEqual(20);
  });

  it("cuts inside a word when no space is near", () => {
    expect(truncateText("ROOT\\ISCSIPRT-device", 10)).toBe("ROOT\\ISCS…");
    expect(truncateText("a ROOT\\ISCSIPRT-device", 10)).toBe("a ROOT\\IS…");
  });
});

describe("squashWhitespace", () => {
  it("trims and collapses", () => {
    expect(squashWhitespace("  a \t b\nc ")).toBe("a b c");
  });
});
