/**
 * The Wilson score interval of a success rate: with few answers the rate is uncertain, so "3 of 3" ranks
 * below "80 of 100". Fixes are ranked and flagged by the interval's lower bound.
 */

/** z for a two-sided 95 % interval. */
export const WILSON_Z = 1.959963984540054;

/** Lower bound of the 95 % Wilson interval of `successes` out of `total`; 0 when there are no answers. */
export function wilsonLowerBound(successes: number, total: number, z = WILSON_Z): number {
  return wilsonInterval(successes, total, z).lower;
}

/** Both bounds of the interval, each within 0..1. */
export function wilsonInterval(
  successes: number,
  total: number,
  z = WILSON_Z,
): { lower: number; upper: number } {
  if (total <= 0) return { lower: 0, upper: 1 };
  const p = Math.min(Math.max(successes / total, 0), 1);
  const z2 = z * z;
  const centre = p + z2 / (2 * total);
  const spread = z * Math.sqrt((p * (1 - p) + z2 / (4 * total)) / total);
  const denominator = 1 + z2 / total;
  // At the extremes the formula lands a rounding error away from 0 or 1; the bound is exact there.
  return {
    lower: successes <= 0 ? 0 : Math.max(0, (centre - spread) / denominator),
    upper: successes >= total ? 1 : Math.min(1, (centre + spread) / denominator),
  };
}
