import { clampPoints } from "./clampPoints.js";
import { normalApproximation } from "./normalApproximation.js";
import { criticalValue } from "./normalQuantile.js";
import { answeredOf, countsOf, type NpsInput } from "./npsCounts.js";
import type { NpsInterval } from "./npsInterval.js";

/**
 * Wald interval: NPS ± z·√(V/n), V = p + d − (p − d)², on the −1..1 scale, reported in points.
 * Simple and common, but too narrow for small n and degenerate at the extremes (all promoters gives
 * [100, 100]); prefer the adjusted Wald default. `null` when nothing was answered.
 *
 * Reference: Rocks (2016); Sauro & Lewis (2016), ch. 5.
 *
 * @example
 * waldInterval({ promoters: 80, passives: 30, detractors: 40 }) // { low: 13.00, high: 40.33, … } (rounded)
 * waldInterval({ promoters: 600, passives: 250, detractors: 150 }) // { low: 40.41, high: 49.59, … }
 */
export function waldInterval(input: NpsInput, level = 0.95): NpsInterval | null {
  const z = criticalValue(level);
  const counts = countsOf(input);
  const n = answeredOf(counts);
  if (n === 0) return null;
  const { center, standardError } = normalApproximation(counts.promoters, counts.detractors, n);
  return {
    low: clampPoints((center - z * standardError) * 100),
    high: clampPoints((center + z * standardError) * 100),
    level,
    method: "wald",
  };
}
