import { clampPoints } from "./clampPoints.js";
import { criticalValue } from "./normalQuantile.js";
import { answeredOf, countsOf, type NpsInput } from "./npsCounts.js";
import type { NpsInterval } from "./npsInterval.js";

/**
 * Iterative score interval (Tango): all Δ whose score statistic satisfies |Z(Δ)| ≤ z, where for
 * P promoters, D detractors and n answers
 *
 *   Z(Δ) = (P − D − nΔ) / √(n(2q̃ + Δ − Δ²)),
 *   q̃ = (√(b² + 8n·D·Δ(1 − Δ)) − b) / (4n),  b = −D − P + (2n − P + D)Δ,
 *
 * q̃ being the restricted maximum-likelihood estimate of the detractor share given NPS = Δ. The bounds are
 * found by bisection to 1e-10. Good coverage at small n and at the extremes, at the cost of iteration.
 * `null` when nothing was answered.
 *
 * Reference: Tango, "Equivalence test and confidence interval for the difference in proportions for the
 * paired-sample design", Statistics in Medicine 17 (1998); applied to NPS by Rocks (2016).
 *
 * @example
 * scoreInterval({ promoters: 80, passives: 30, detractors: 40 })    // { low: 12.54, high: 39.64, … } (rounded)
 * scoreInterval({ promoters: 600, passives: 250, detractors: 150 }) // { low: 40.28, high: 49.45, … }
 */
export function scoreInterval(input: NpsInput, level = 0.95): NpsInterval | null {
  const z = criticalValue(level);
  const counts = countsOf(input);
  const n = answeredOf(counts);
  if (n === 0) return null;
  const statistic = (delta: number) => scoreStatistic(counts.promoters, counts.detractors, n, delta);
  const estimate = (counts.promoters - counts.detractors) / n;
  // Z decreases in Δ: the lower bound solves Z = z below the estimate, the upper Z = −z above it.
  const low = statistic(-1) <= z ? -1 : bisect(statistic, z, -1, estimate);
  const high = statistic(1) >= -z ? 1 : bisect(statistic, -z, estimate, 1);
  return { low: clampPoints(low * 100), high: clampPoints(high * 100), level, method: "score" };
}

/** Tango's score statistic Z(Δ) for NPS = Δ on the −1..1 scale. */
function scoreStatistic(promoters: number, detractors: number, n: number, delta: number): number {
  const b = -detractors - promoters + (2 * n - promoters + detractors) * delta;
  const discriminant = Math.max(0, b * b + 8 * n * detractors * delta * (1 - delta));
  const q = (Math.sqrt(discriminant) - b) / (4 * n);
  const variance = n * (2 * q + delta - delta * delta);
  const numerator = promoters - detractors - n * delta;
  if (variance <= 0) {
    // At Δ = ±1 with every answer on that side the statistic is 0/0: the data sit exactly on the bound.
    if (numerator === 0) return 0;
    return numerator > 0 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  }
  return numerator / Math.sqrt(variance);
}

/** Finds Δ in [from, to] with f(Δ) = target, for f decreasing in Δ. */
function bisect(f: (delta: number) => number, target: number, from: number, to: number): number {
  let lo = from;
  let hi = to;
  for (let i = 0; i < 100 && hi - lo > 1e-12; i++) {
    const mid = (lo + hi) / 2;
    if (f(mid) > target) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
