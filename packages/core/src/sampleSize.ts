import { InvalidArgumentError } from "./errors.js";
import { ADJUSTMENT } from "./normalApproximation.js";
import { assertLevel, criticalValue, normalQuantile } from "./normalQuantile.js";
import type { NpsShares } from "./npsCounts.js";
import { npsVariance } from "./npsVariance.js";

/** Options of {@link sampleSizeForMargin}. */
export interface MarginSampleSizeOptions {
  /** Wanted margin of error (half the interval width), in NPS points, e.g. 5 for ±5. */
  readonly margin: number;
  /** @default 0.95 */
  readonly level?: number;
  /**
   * Expected promoter/passive/detractor shares (from past data). Without them the worst case is assumed:
   * half promoters, half detractors (V = 1), which never underestimates.
   */
  readonly shares?: NpsShares;
  /** Adjusted Wald needs 3 fewer real responses (its pseudo-counts). @default "adjusted-wald" */
  readonly method?: "adjusted-wald" | "wald";
}

const WORST_CASE: NpsShares = { promoters: 0.5, passives: 0, detractors: 0.5 };

/**
 * Answered responses needed for an NPS interval of ± `margin` points:
 * n = z² · V / (margin / 100)², V = p + d − (p − d)²; minus 3 for adjusted Wald. Rounded up.
 *
 * Reference: Sauro & Lewis (2016), sample size for a Net Promoter Score margin of error.
 *
 * @example
 * sampleSizeForMargin({ margin: 5 }) // 1534 (worst case, 95 %)
 * sampleSizeForMargin({ margin: 5, shares: { promoters: 0.45, passives: 0.3, detractors: 0.25 }, method: "wald" }) // 1015
 */
export function sampleSizeForMargin(options: MarginSampleSizeOptions): number {
  const { margin, level = 0.95, shares = WORST_CASE, method = "adjusted-wald" } = options;
  assertPoints(margin, "margin", 100);
  const z = criticalValue(level);
  const n = (z * z * npsVariance(shares)) / (margin / 100) ** 2;
  const adjustment = method === "adjusted-wald" ? ADJUSTMENT.total : 0;
  return Math.max(1, Math.ceil(n - adjustment - 1e-9));
}

/** Options of {@link sampleSizePerGroup}. */
export interface DifferenceSampleSizeOptions {
  /** Smallest difference worth detecting, in NPS points, e.g. 10. */
  readonly difference: number;
  /** Confidence level of the two-sided test (α = 1 − level). @default 0.95 */
  readonly level?: number;
  /** Probability of detecting a true difference of that size. @default 0.8 */
  readonly power?: number;
  /** Expected shares in each group; the worst case (V = 1) without them. */
  readonly shares?: readonly [NpsShares, NpsShares];
}

/**
 * Answered responses needed in each of two equal groups to detect a difference of `difference` points with
 * the given power in a two-sided z-test: n = (z₁₋α/₂ + z_power)² · (V_a + V_b) / (difference / 100)². Rounded up.
 *
 * Reference: Sauro & Lewis (2016), sample size for comparing two Net Promoter Scores.
 *
 * @example
 * sampleSizePerGroup({ difference: 10 }) // 1570 (worst case, 95 %, 80 % power)
 */
export function sampleSizePerGroup(options: DifferenceSampleSizeOptions): number {
  const { difference, level = 0.95, power = 0.8, shares = [WORST_CASE, WORST_CASE] } = options;
  assertPoints(difference, "difference", 200);
  assertLevel(level);
  if (!(power > 0 && power < 1)) {
    throw new InvalidArgumentError(
      `power must be a fraction between 0 and 1, such as 0.8 (got ${String(power)})`,
    );
  }
  const z = criticalValue(level) + normalQuantile(power);
  const variance = npsVariance(shares[0]) + npsVariance(shares[1]);
  return Math.max(1, Math.ceil((z * z * variance) / (difference / 100) ** 2 - 1e-9));
}

function assertPoints(value: number, name: string, max: number): void {
  if (!(typeof value === "number" && value > 0 && value <= max)) {
    throw new InvalidArgumentError(
      `${name} must be in NPS points, above 0 and at most ${max} (got ${String(value)})`,
    );
  }
}
