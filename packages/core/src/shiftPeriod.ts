import { InvalidArgumentError } from "./errors.js";
import { type Period, periodContaining, startOf } from "./period.js";

/**
 * The period `by` steps after `period` (before it when negative), same grain and time zone.
 *
 * @example
 * shiftPeriod(parsePeriod("2026-01"), -1).key  // "2025-12"
 * shiftPeriod(parsePeriod("2026-W01"), -1).key // "2025-W52"
 */
export function shiftPeriod(period: Period, by: number): Period {
  if (!Number.isInteger(by))
    throw new InvalidArgumentError(`a period shift must be a whole number (got ${by})`);
  return periodContaining(startOf(period).plus({ [`${period.grain}s`]: by }), period.grain);
}

/** The period just before `period`: the comparison baseline of a monthly report. */
export function previousPeriod(period: Period): Period {
  return shiftPeriod(period, -1);
}

/**
 * The `count` consecutive periods that end with `last`, oldest first: the x-axis of a trend.
 *
 * @example
 * lastPeriods(parsePeriod("2026-10"), 3).map((p) => p.key) // ["2026-08", "2026-09", "2026-10"]
 */
export function lastPeriods(last: Period, count: number): Period[] {
  if (!Number.isInteger(count) || count < 1) {
    throw new InvalidArgumentError(
      `the number of periods must be a whole number of at least 1 (got ${count})`,
    );
  }
  return Array.from({ length: count }, (_, index) => shiftPeriod(last, index - count + 1));
}
