import { describe, expect, it } from "vitest";
import { describeLanguage } from "./language-name";

describe("describeLanguage", () => {
  it("names a language in the reader's language", () => {
    expect(describeLanguage("sv", "en")).toBe("Swedish");
    expect(describeLanguage("en", "sv")).toBe("engelska");
    expect(describeLanguage("ja", "en")).toBe("Japanese");
  });

  it("falls back to the tag for a tag that is not a language", () => {
    expect(describeLanguage("not a tag", "en")).toBe("not a tag");
  });
});
