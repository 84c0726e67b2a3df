import { adjustedWaldInterval } from "./adjustedWaldInterval.js";
import { InvalidArgumentError } from "./errors.js";
import type { NpsInput } from "./npsCounts.js";
import { scoreInterval } from "./scoreInterval.js";
import { waldInterval } from "./waldInterval.js";

/** How an NPS interval is computed. See each function for the formula. */
export type IntervalMethod = "adjusted-wald" | "wald" | "score";

/** Every supported interval method, default first. */
export const INTERVAL_METHODS: readonly IntervalMethod[] = ["adjusted-wald", "wald", "score"];

/** A confidence interval for NPS, in points (−100..100). */
export interface NpsInterval {
  /** Lower bound, in points, never below −100. */
  readonly low: number;
  /** Upper bound, in points, never above 100. */
  readonly high: number;
  /** Confidence level as a fraction, e.g. 0.95. */
  readonly level: number;
  readonly method: IntervalMethod;
}

/** Options of {@link npsInterval}. */
export interface IntervalOptions {
  /** @default "adjusted-wald" */
  readonly method?: IntervalMethod;
  /** Confidence level, 0 < level < 1. @default 0.95 */
  readonly level?: number;
}

/**
 * Confidence interval for the NPS of `input`, by the chosen method; `null` when nothing was answered.
 *
 * The default, adjusted Wald, has close to nominal coverage even for small samples and extreme scores,
 * where the plain Wald interval collapses (all promoters → [100, 100]).
 *
 * @example
 * npsInterval({ promoters: 80, passives: 30, detractors: 40 }) // { low: 12.64…, high: 39.64…, level: 0.95, method: "adjusted-wald" }
 */
export function npsInterval(input: NpsInput, options: IntervalOptions = {}): NpsInterval | null {
  const { method = "adjusted-wald", level = 0.95 } = options;
  switch (method) {
    case "adjusted-wald":
      return adjustedWaldInterval(input, level);
    case "wald":
      return waldInterval(input, level);
    case "score":
      return scoreInterval(input, level);
    default:
      throw new InvalidArgumentError(
        `unknown interval method "${String(method)}" (expected one of: ${INTERVAL_METHODS.join(", ")})`,
      );
  }
}

/**
 * Margin of error: half the width of the interval, in points — what a report prints after "±".
 * (A known mistake elsewhere is printing the full width as ±.) `null` when nothing was answered.
 *
 * @example
 * marginOfError({ promoters: 80, passives: 30, detractors: 40 }, { method: "wald" }) // 13.66…
 */
export function marginOfError(input: NpsInput, options: IntervalOptions = {}): number | null {
  const interval = npsInterval(input, options);
  return interval === null ? null : (interval.high - interval.low) / 2;
}
