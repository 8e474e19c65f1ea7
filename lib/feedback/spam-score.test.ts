import { describe, expect, it } from "vitest";
import { isSpam, scoreSpam, SPAM_SCORE_THRESHOLD } from "./spam-score";

const spam = (text: string) => isSpam(scoreSpam(text).score);

describe("spam scoring of comments", () => {
  it("keeps real comments in any language", () => {
    expect(spam("The scratch folder was on C: and it had 40 GB free, still failing")).toBe(false);
    expect(spam("Mappen låg på en annan volym, felet kvarstår efter omstart")).toBe(false);
    expect(spam("スクラッチフォルダーを移動しましたが、まだ失敗します")).toBe(false);
    expect(spam("See https://learn.microsoft.com/kb/123 — the KB fixed it for us, not this step")).toBe(
      false,
    );
  });

  it("flags links only, e-mail only and no letters", () => {
    expect(scoreSpam("https://cheap.example.com/buy").reasons).toContain("linksOnly");
    expect(spam("https://cheap.example.com/buy www.example.org")).toBe(true);
    expect(scoreSpam("someone@example.com").reasons).toEqual(["emailOnly"]);
    expect(spam("someone@example.com")).toBe(true);
    expect(spam("!!! 123 ???")).toBe(true);
  });

  it("flags one word, but not one word of a language without spaces that says more", () => {
    expect(scoreSpam("nope").reasons).toEqual(["oneWord"]);
    expect(spam("nope")).toBe(true);
    expect(spam("ディスクは空です")).toBe(false);
  });

  it("flags markup, many links and repetition", () => {
    expect(spam('<a href="x">great</a> product here')).toBe(true);
    expect(spam("buy now at https://a.example and https://b.example")).toBe(true);
    expect(spam("win win win win win big")).toBe(true);
    expect(scoreSpam("it failed againnnnnnnn").reasons).toContain("stutter");
    expect(scoreSpam("THIS DOES NOT WORK AT ALL").reasons).toContain("shouting");
  });

  it("has a threshold between a fine comment and one sign of spam", () => {
    expect(scoreSpam("Restarted the agent, same error").score).toBeLessThan(SPAM_SCORE_THRESHOLD);
    expect(scoreSpam("nope").score).toBeGreaterThanOrEqual(SPAM_SCORE_THRESHOLD);
  });
});
