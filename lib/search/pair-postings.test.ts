import { describe, expect, it } from "vitest";
import {
  buildPairPostings,
  collectPairs,
  createPairCollector,
  findPairPosting,
  hashPair,
} from "./pair-postings";

describe("pair postings", () => {
  it("hashes a pair the same way every time, and the word order matters", () => {
    expect(hashPair("valv", "uppgifter")).toBe(hashPair("valv", "uppgifter"));
    expect(hashPair("valv", "uppgifter")).not.toBe(hashPair("uppgifter", "valv"));
    expect(hashPair("ab", "c")).not.toBe(hashPair("a", "bc"));
  });

  it("finds every record of a pair in ascending order with its weight, and nothing for an unknown pair", () => {
    const collector = createPairCollector();
    const shared = hashPair("proxy", "krävs");
    collectPairs(collector, 0, new Map([[shared, 2.5]]));
    collectPairs(collector, 3, new Map([[hashPair("annat", "par"), 3]]));
    collectPairs(collector, 7, new Map([[shared, 5.5]]));
    const pairs = buildPairPostings(collector);
    const found = findPairPosting(pairs, shared);
    expect([...found!.docs]).toEqual([0, 7]);
    expect([...found!.weights]).toEqual([2.5, 5.5]);
    expect(findPairPosting(pairs, hashPair("saknas", "helt"))).toBeUndefined();
  });
});
