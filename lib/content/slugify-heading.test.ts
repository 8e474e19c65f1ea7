import { describe, expect, it } from "vitest";
import { claimUniqueSlug, slugifyHeading } from "./slugify-heading";

describe("slugifyHeading", () => {
  it("lower-cases, folds Swedish letters to ASCII and joins words with hyphens", () => {
    expect(slugifyHeading("Säkerhetskopiering misslyckas på Åland (ÖVERSIKT)")).toBe(
      "sakerhetskopiering-misslyckas-pa-aland-oversikt",
    );
  });

  it("folds letters that have no decomposition, and never returns an empty slug", () => {
    expect(slugifyHeading("Ærø & Straße")).toBe("aero-strasse");
    expect(slugifyHeading("???")).toBe("section");
  });

  it("numbers repeats", () => {
    const taken = new Set<string>();
    expect(["a", "a", "a"].map((s) => claimUniqueSlug(s, taken))).toEqual(["a", "a-1", "a-2"]);
  });
});
