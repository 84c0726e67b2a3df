import {
  answeredOf,
  assertCount,
  countsOf,
  displayNps,
  histogramOf,
  type IntervalMethod,
  type NpsInterval,
  type NpsShares,
  nps,
  npsInterval,
  type RoundingMode,
  sharesOf,
  UsageError,
} from "@npskit/core";

/** What `npskit calc` computes from: category counts or raw scores, and how. */
export interface CalcInput {
  /** Category counts; give these or `scores`. */
  readonly counts?: { readonly promoters: number; readonly passives: number; readonly detractors: number };
  /** Unanswered responses beside `counts`. @default 0 */
  readonly unanswered?: number;
  /** Raw 0–10 scores, `null` for unanswered; give these or `counts`. */
  readonly scores?: readonly (number | null)[];
  /** @default 0.95 */
  readonly level?: number;
  /** @default "adjusted-wald" */
  readonly method?: IntervalMethod;
  /** @default 0 */
  readonly decimals?: number;
  /** @default "exact" */
  readonly rounding?: RoundingMode;
}

/** The result of `npskit calc`; its JSON form is what `--json` prints. NPS values are in points. */
export interface CalcResult {
  /** Answered responses: the NPS denominator. */
  readonly n: number;
  readonly unanswered: number;
  readonly promoters: number;
  readonly passives: number;
  readonly detractors: number;
  /** Category shares of the answered responses (0..1); null when n = 0. */
  readonly shares: NpsShares | null;
  /** Exact NPS; null when n = 0. */
  readonly nps: number | null;
  /** NPS as displayed, rounded half away from zero (or percentages first). */
  readonly displayed: number | null;
  readonly rounding: { readonly decimals: number; readonly mode: RoundingMode };
  readonly interval: NpsInterval | null;
  /** Half the interval width. */
  readonly marginOfError: number | null;
}

/**
 * `npskit calc` without argv: NPS, shares, interval and margin of error from counts or scores.
 *
 * @example
 * runCalc({ counts: { promoters: 80, passives: 30, detractors: 40 } }).displayed // 27
 */
export function runCalc(input: CalcInput): CalcResult {
  const { level = 0.95, method = "adjusted-wald", decimals = 0, rounding = "exact" } = input;
  if ((input.counts === undefined) === (input.scores === undefined)) {
    throw new UsageError("give either --promoters, --passives and --detractors, or --scores (not both)");
  }
  if (input.scores !== undefined && input.unanswered !== undefined) {
    throw new UsageError("with scores, give unanswered responses as empty entries, not as a separate count");
  }
  if (input.unanswered !== undefined) assertCount(input.unanswered, "unanswered");
  const histogram = input.scores === undefined ? undefined : histogramOf(input.scores);
  const counts = countsOf(histogram ?? input.counts!);
  const unanswered = histogram?.unanswered ?? input.unanswered ?? 0;
  const interval = npsInterval(counts, { method, level });
  return {
    n: answeredOf(counts),
    unanswered,
    promoters: counts.promoters,
    passives: counts.passives,
    detractors: counts.detractors,
    shares: sharesOf(counts),
    nps: nps(counts),
    displayed: displayNps(counts, { decimals, mode: rounding }),
    rounding: { decimals, mode: rounding },
    interval,
    marginOfError: interval === null ? null : (interval.high - interval.low) / 2,
  };
}
