import { describe, expect, it } from "vitest";
import { wordsFromPath } from "./words-from-path";

describe("wordsFromPath", () => {
  it("keeps the words a visitor typed and drops route words", () => {
    expect(wordsFromPath("/sv/errors/sallowdisk-space")).toBe("sallowdisk space");
    expect(wordsFromPath("/en/articles/vault%20credentials")).toBe("vault credentials");
  });
  it("survives malformed escapes, markup and very long paths", () => {
    expect(wordsFromPath("/sv/%E0%A4%A/<script>")).toBe("E0 A4 A script");
    expect(wordsFromPath("/" + "a".repeat(5000)).length).toBe(200);
  });
});
