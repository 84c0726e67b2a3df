import { erfc } from "./erfc.js";

/**
 * Standard normal cumulative distribution Φ(z) = P(Z ≤ z), accurate in both tails.
 *
 * Φ(z) = ½ · erfc(−z/√2).
 *
 * @example
 * normalCdf(1.959963984540054) // 0.975
 * normalCdf(-8)                // 6.22e-16
 */
export function normalCdf(z: number): number {
  return 0.5 * erfc(-z / Math.SQRT2);
}

/**
 * Two-sided p-value of a standard normal statistic: P(|Z| ≥ |z|) = erfc(|z|/√2), in [0, 1].
 *
 * @example
 * twoSidedPValue(1.959963984540054) // 0.05
 * twoSidedPValue(0)                 // 1
 */
export function twoSidedPValue(z: number): number {
  if (Number.isNaN(z)) return Number.NaN;
  return Math.min(1, erfc(Math.abs(z) / Math.SQRT2));
}
