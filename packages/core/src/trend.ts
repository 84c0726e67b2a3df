import type { Aggregation, SegmentValues } from "./aggregation.js";
import { type ComparisonMethod, compareNps, type NpsComparison } from "./compareNps.js";
import { InvalidArgumentError } from "./errors.js";
import { nps } from "./nps.js";
import { answeredOf, countsOf } from "./npsCounts.js";
import { type IntervalMethod, type NpsInterval, npsInterval } from "./npsInterval.js";
import { parsePeriod } from "./parsePeriod.js";
import type { Period } from "./period.js";
import { histogramAt } from "./selectCells.js";
import { lastPeriods } from "./shiftPeriod.js";

/** Options of {@link trend}. */
export interface TrendOptions {
  /** How many periods, ending with `end`. @default 12 */
  readonly periods?: number;
  /** Last period of the series (a key such as "2026-10"). @default the latest period with data */
  readonly end?: string;
  /** The group to follow; `{}` (the default) is the overall total. */
  readonly segment?: SegmentValues;
  /** @default "adjusted-wald" */
  readonly method?: IntervalMethod;
  /** Method of the period-over-period test. @default "adjusted-wald" */
  readonly comparison?: ComparisonMethod;
  /** @default 0.95 */
  readonly level?: number;
}

/** One period of a trend. */
export interface TrendPoint {
  readonly period: Period;
  /** Answered responses (the NPS denominator). */
  readonly answered: number;
  readonly unanswered: number;
  /** Exact NPS in points; `null` when nothing was answered in the period. */
  readonly nps: number | null;
  readonly interval: NpsInterval | null;
  /**
   * Change from the previous period (difference = this − previous) with its z-test; `null` for the first
   * point or when either period has no answers.
   */
  readonly change: NpsComparison | null;
}

/**
 * NPS over consecutive periods with intervals and the significance of each period-over-period change.
 * Periods without responses are kept (with `nps: null`) so a chart's x-axis has no silent gaps.
 *
 * @example
 * trend(aggregation, { periods: 12, end: "2026-10" }).map((p) => [p.period.key, p.nps])
 */
export function trend(aggregation: Aggregation, options: TrendOptions = {}): TrendPoint[] {
  const { periods = 12, segment = {}, method, comparison, level } = options;
  const endKey = options.end ?? aggregation.periods.at(-1)?.key;
  if (endKey === undefined) return [];
  const end = parsePeriod(endKey, aggregation.timeZone);
  if (end.grain !== aggregation.grain) {
    throw new InvalidArgumentError(
      `trend end ${endKey} is a ${end.grain}, but the data are by ${aggregation.grain}`,
    );
  }
  const histograms = lastPeriods(end, periods).map((period) => ({
    period,
    histogram: histogramAt(aggregation, period.key, segment),
  }));
  return histograms.map(({ period, histogram }, index): TrendPoint => {
    const previous = index > 0 ? histograms[index - 1]!.histogram : undefined;
    return {
      period,
      answered: answeredOf(countsOf(histogram)),
      unanswered: histogram.unanswered,
      nps: nps(histogram),
      interval: npsInterval(histogram, { method, level }),
      change: previous === undefined ? null : compareNps(previous, histogram, { method: comparison, level }),
    };
  });
}
