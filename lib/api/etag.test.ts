import { describe, expect, it } from "vitest";
import { computeEtag, matchesIfNoneMatch } from "./etag";

describe("computeEtag", () => {
  it("is a quoted strong tag that depends only on the body", () => {
    const tag = computeEtag('{"a":1}');
    expect(tag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(computeEtag('{"a":1}')).toBe(tag);
    expect(computeEtag('{"a":2}')).not.toBe(tag);
  });
});

describe("matchesIfNoneMatch", () => {
  const tag = computeEtag("body");

  it("matches the same tag, weak or strong, alone or in a list", () => {
    expect(matchesIfNoneMatch(tag, tag)).toBe(true);
    expect(matchesIfNoneMatch(`W/${tag}`, tag)).toBe(true);
    expect(matchesIfNoneMatch(`"other", ${tag}`, tag)).toBe(true);
    expect(matchesIfNoneMatch("*", tag)).toBe(true);
  });

  it("does not match a missing, different or oversized header", () => {
    expect(matchesIfNoneMatch(null, tag)).toBe(false);
    expect(matchesIfNoneMatch('"other"', tag)).toBe(false);
    expect(matchesIfNoneMatch(tag.slice(1, -1), tag)).toBe(false);
    expect(matchesIfNoneMatch(`${"x".repeat(8_001)},${tag}`, tag)).toBe(false);
  });
});
