import { twoSidedPValue } from "@npskit/core";

/** A difference of two proportions with its pooled z-test. */
export interface ProportionGap {
  /** p₁ − p₂, 0..1 scale. */
  readonly difference: number;
  readonly z: number;
  /** Two-sided p-value. */
  readonly p: number;
}

/**
 * Two-proportion z-test with a pooled variance (e.g. Agresti, "Categorical Data Analysis", 3rd ed., §1.4 and
 * 2.1): with p₁ = x₁/n₁, p₂ = x₂/n₂ and the pooled p = (x₁ + x₂)/(n₁ + n₂),
 *
 *   z = (p₁ − p₂) / √(p (1 − p) (1/n₁ + 1/n₂))
 *
 * `null` when either group is empty or nobody in either mentions it (no variance: nothing to test).
 *
 * @example
 * proportionGap(5, 24, 0, 25) // { difference: 0.2083…, z: 2.4084…, p: 0.016… }
 */
export function proportionGap(x1: number, n1: number, x2: number, n2: number): ProportionGap | null {
  if (n1 === 0 || n2 === 0) return null;
  const pooled = (x1 + x2) / (n1 + n2);
  if (pooled === 0 || pooled === 1) return null;
  const difference = x1 / n1 - x2 / n2;
  const z = difference / Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  return { difference, z, p: twoSidedPValue(z) };
}
