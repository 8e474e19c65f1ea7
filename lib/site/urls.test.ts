import { describe, expect, it } from "vitest";
import { localeOfPrerenderedPage, missingPagePath } from "./urls";

describe("localeOfPrerenderedPage", () => {
  it("names the locale of error and article pages, and nothing else", () => {
    expect(localeOfPrerenderedPage("/sv/errors/x")).toBe("sv");
    expect(localeOfPrerenderedPage("/en/articles/troubleshoot-mars-agent/")).toBe("en");
    for (const path of ["/sv/errors/x/fix", "/sv/errors/code/34513", "/sv/flows/x", "/xx/errors/x", "/sv"])
      expect(localeOfPrerenderedPage(path), path).toBeUndefined();
  });

  it("sends an unknown id to a path no route claims, in its language", () => {
    expect(missingPagePath("sv")).toBe("/sv/missing");
  });
});
