import { InvalidArgumentError } from "./errors.js";
import { ADJUSTMENT, type NormalApproximation, normalApproximation } from "./normalApproximation.js";
import { twoSidedPValue } from "./normalCdf.js";
import { assertLevel, criticalValue } from "./normalQuantile.js";
import { nps } from "./nps.js";
import { answeredOf, countsOf, type NpsInput } from "./npsCounts.js";

/** How two NPS values are compared: the z-test with or without the adjusted-Wald pseudo-counts. */
export type ComparisonMethod = "adjusted-wald" | "wald";

/** Every supported comparison method, default first. */
export const COMPARISON_METHODS: readonly ComparisonMethod[] = ["adjusted-wald", "wald"];

/** Options of {@link compareNps}. */
export interface ComparisonOptions {
  /** @default "adjusted-wald" */
  readonly method?: ComparisonMethod;
  /** Confidence level of the interval; the test is significant when p < 1 − level. @default 0.95 */
  readonly level?: number;
}

/** The difference between two independent NPS values, b − a, with its test. All values in NPS points. */
export interface NpsComparison {
  /** NPS of a, exact. */
  readonly a: number;
  /** NPS of b, exact. */
  readonly b: number;
  /** b − a, exact and unadjusted: the change from a to b. */
  readonly difference: number;
  /** Standard error of the difference, in points (from the adjusted counts for adjusted Wald). */
  readonly se: number;
  /** Test statistic (centre of the difference ÷ se); its sign is the direction of the change. */
  readonly z: number;
  /** Two-sided p-value of "no difference", in [0, 1]. */
  readonly p: number;
  /** True when p < 1 − level. */
  readonly significant: boolean;
  /** Confidence interval of the difference, in points (−200..200). */
  readonly interval: {
    readonly low: number;
    readonly high: number;
    readonly level: number;
    readonly method: ComparisonMethod;
  };
}

/**
 * Compares two independent NPS values (two months, two segments, an A/B test) with a two-sided z-test on
 * the difference: z = (NPS_b − NPS_a) / √(V_a/n_a + V_b/n_b), V = p + d − (p − d)². With adjusted Wald (the
 * default) each group first gets 0.75 / 1.5 / 0.75 pseudo-counts, and both the test and the interval use the
 * adjusted values; the reported `difference` stays the plain, unadjusted b − a. The sign is kept
 * (b below a gives a negative z). Returns `null` when either group has no answered responses.
 *
 * Reference: Rocks (2016); Sauro & Lewis (2016), "comparing two Net Promoter Scores".
 *
 * @example
 * compareNps({ promoters: 600, passives: 250, detractors: 150 }, { promoters: 80, passives: 30, detractors: 40 }, { method: "wald" })
 * // difference −18.33, se 7.35, z −2.49, p 0.0127, interval [−32.75, −3.92] (rounded)
 */
export function compareNps(a: NpsInput, b: NpsInput, options: ComparisonOptions = {}): NpsComparison | null {
  const { method = "adjusted-wald", level = 0.95 } = options;
  assertLevel(level);
  if (method !== "adjusted-wald" && method !== "wald") {
    throw new InvalidArgumentError(
      `unknown comparison method "${String(method)}" (expected one of: ${COMPARISON_METHODS.join(", ")})`,
    );
  }
  const npsA = nps(a);
  const npsB = nps(b);
  if (npsA === null || npsB === null) return null;
  const approxA = approximate(a, method);
  const approxB = approximate(b, method);
  const center = approxB.center - approxA.center;
  const se = Math.hypot(approxA.standardError, approxB.standardError);
  const z = zStatistic(center, se);
  const p = twoSidedPValue(z);
  const halfWidth = criticalValue(level) * se;
  return {
    a: npsA,
    b: npsB,
    difference: npsB - npsA,
    se: se * 100,
    z,
    p,
    significant: p < 1 - level,
    interval: {
      low: Math.max(-200, (center - halfWidth) * 100),
      high: Math.min(200, (center + halfWidth) * 100),
      level,
      method,
    },
  };
}

function approximate(input: NpsInput, method: ComparisonMethod): NormalApproximation {
  const counts = countsOf(input);
  const extra = method === "adjusted-wald" ? ADJUSTMENT : { promoters: 0, detractors: 0, total: 0 };
  return normalApproximation(
    counts.promoters + extra.promoters,
    counts.detractors + extra.detractors,
    answeredOf(counts) + extra.total,
  );
}

// With the plain Wald method both groups can have zero variance (all promoters): then any non-zero
// difference is certain (z = ±∞, p = 0) and no difference is no evidence (z = 0, p = 1) — never NaN.
function zStatistic(center: number, se: number): number {
  if (se > 0) return center / se;
  if (center === 0) return 0;
  return center > 0 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
}
