import { clampPoints } from "./clampPoints.js";
import { ADJUSTMENT, normalApproximation } from "./normalApproximation.js";
import { criticalValue } from "./normalQuantile.js";
import { answeredOf, countsOf, type NpsInput } from "./npsCounts.js";
import type { NpsInterval } from "./npsInterval.js";

/**
 * Adjusted Wald interval (npskit's default): add 0.75 promoters, 1.5 passives and 0.75 detractors
 * (n + 3), then take the Wald interval of the adjusted counts, centred on the adjusted NPS.
 * Coverage stays close to nominal for small samples and extreme scores. The point estimate reported
 * beside it is still the unadjusted NPS. `null` when nothing was answered.
 *
 * Reference: Rocks, "Estimating the Net Promoter Score's variance" (2016); Sauro & Lewis,
 * "Quantifying the User Experience" (2016), adjusted-Wald NPS interval.
 *
 * @example
 * adjustedWaldInterval({ promoters: 80, passives: 30, detractors: 40 })    // { low: 12.64, high: 39.64, … } (rounded)
 * adjustedWaldInterval({ promoters: 600, passives: 250, detractors: 150 }) // { low: 40.28, high: 49.45, … }
 */
export function adjustedWaldInterval(input: NpsInput, level = 0.95): NpsInterval | null {
  const z = criticalValue(level);
  const counts = countsOf(input);
  const n = answeredOf(counts);
  if (n === 0) return null;
  const { center, standardError } = normalApproximation(
    counts.promoters + ADJUSTMENT.promoters,
    counts.detractors + ADJUSTMENT.detractors,
    n + ADJUSTMENT.total,
  );
  return {
    low: clampPoints((center - z * standardError) * 100),
    high: clampPoints((center + z * standardError) * 100),
    level,
    method: "adjusted-wald",
  };
}
