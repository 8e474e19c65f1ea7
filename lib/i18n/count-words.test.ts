import { describe, expect, it } from "vitest";
import { countWords } from "./count-words";

const articles = { one: "{count} article", other: "{count} articles" };

describe("countWords", () => {
  it("uses the singular only where the language's rules say one", () => {
    expect(countWords("en", 1, articles)).toBe("1 article");
    expect(countWords("en", 0, articles)).toBe("0 articles");
    expect(countWords("en", 2, articles)).toBe("2 articles");
    // French counts 0 and 1 as singular.
    expect(countWords("fr", 0, { one: "{count} article", other: "{count} articles" })).toBe("0 article");
  });
});
