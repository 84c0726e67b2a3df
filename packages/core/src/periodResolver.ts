import { DateTime } from "luxon";
import { assertGrain, type Period, type PeriodGrain, periodContaining } from "./period.js";
import { resolveTimeZone } from "./timeZone.js";

/** Maps instants (milliseconds since the epoch) to their period; see {@link createPeriodResolver}. */
export type PeriodResolver = (millis: number) => Period;

/**
 * A fast instant → period lookup for aggregation loops. Each period is computed once with the time-zone
 * library and remembered as its [start, end) interval; later instants are found by checking the last hit,
 * then a binary search. Memory grows with the number of distinct periods, never with the number of rows.
 *
 * @example
 * const periodAt = createPeriodResolver("month", "Europe/Moscow");
 * periodAt(Date.parse("2026-10-31T22:30:00Z")).key // "2026-11"
 */
export function createPeriodResolver(grain: PeriodGrain, timeZone: string): PeriodResolver {
  assertGrain(grain);
  const zone = resolveTimeZone(timeZone);
  const starts: number[] = [];
  const ends: number[] = [];
  const periods: Period[] = [];
  let last = -1;

  return (millis: number): Period => {
    if (last >= 0 && millis >= starts[last]! && millis < ends[last]!) return periods[last]!;
    // Binary search for the last interval starting at or before `millis`.
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (starts[mid]! <= millis) lo = mid + 1;
      else hi = mid;
    }
    const candidate = lo - 1;
    if (candidate >= 0 && millis < ends[candidate]!) {
      last = candidate;
      return periods[candidate]!;
    }
    const period = periodContaining(DateTime.fromMillis(millis, { zone }), grain);
    starts.splice(lo, 0, Date.parse(period.start));
    ends.splice(lo, 0, Date.parse(period.end));
    periods.splice(lo, 0, period);
    last = lo;
    return period;
  };
}
