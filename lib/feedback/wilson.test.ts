import { describe, expect, it } from "vitest";
import { wilsonInterval, wilsonLowerBound } from "./wilson";

describe("the Wilson lower bound", () => {
  it("is 0 without answers and below the observed rate with answers", () => {
    expect(wilsonLowerBound(0, 0)).toBe(0);
    expect(wilsonLowerBound(8, 10)).toBeLessThan(0.8);
    expect(wilsonLowerBound(8, 10)).toBeGreaterThan(0);
  });

  it("matches the textbook value: 81 of 100 → 0.7222 (95 %)", () => {
    expect(wilsonLowerBound(81, 100)).toBeCloseTo(0.7222, 4);
    expect(wilsonInterval(81, 100).upper).toBeCloseTo(0.8749, 4);
  });

  it("ranks many answers above few answers at the same rate", () => {
    expect(wilsonLowerBound(80, 100)).toBeGreaterThan(wilsonLowerBound(4, 5));
    expect(wilsonLowerBound(3, 3)).toBeLessThan(wilsonLowerBound(80, 100));
  });

  it("stays within 0..1 at the extremes", () => {
    expect(wilsonLowerBound(0, 50)).toBe(0);
    expect(wilsonInterval(50, 50).upper).toBe(1);
    expect(wilsonLowerBound(50, 50)).toBeLessThan(1);
  });
});
