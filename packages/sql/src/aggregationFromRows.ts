import {
  type AggregateQuery,
  type Aggregation,
  type AggregationCell,
  emptyHistogram,
  InvalidArgumentError,
  mergeAggregations,
  type Period,
  parsePeriod,
  periodOf,
} from "@npskit/core";

/** The histograms read from a histogram statement's rows, and the rows that could not be counted. */
export interface RowsAggregation {
  readonly aggregation: Aggregation;
  /**
   * Responses the engine could not count — no usable date, or a score that is not an integer from 0 to 10.
   * A source should not answer with histograms that leave them out: it returns `null` so that `read` rejects
   * each with its location.
   */
  readonly uncounted: number;
}

/**
 * Turns the rows of `histogramStatement` into an `Aggregation` exactly like the row-level `Aggregator` would
 * build it (periods in the query's time zone, cells sorted the same way). Counts may come back as numbers,
 * bigints or numeric strings, whatever the driver returns.
 *
 * @param dimensions - the statement's `dimensions` (what `s0`, `s1`… hold)
 */
export function aggregationFromRows(
  rows: readonly Readonly<Record<string, unknown>>[],
  query: AggregateQuery,
  dimensions: readonly string[],
): RowsAggregation {
  const periods = new Map<string, Period>();
  const cells: AggregationCell[] = [];
  let uncounted = 0;
  for (const row of rows) {
    const index = count(row.breakdown, "breakdown");
    const breakdown = query.breakdowns[index];
    if (breakdown === undefined)
      throw new InvalidArgumentError(`a row names breakdown ${index}, which the query has not`);
    const histogram = emptyHistogram();
    for (let score = 0; score <= 10; score++) histogram.counts[score] = count(row[`n${score}`], `n${score}`);
    histogram.unanswered = count(row.unanswered, "unanswered");
    const invalid = count(row.invalid, "invalid");
    const start = row.period_start;
    if (start === null || start === undefined) {
      if (index === 0)
        uncounted += invalid + histogram.unanswered + histogram.counts.reduce((a, b) => a + b, 0);
      continue;
    }
    if (index === 0) uncounted += invalid;
    const key = periodKey(String(start), query);
    let period = periods.get(key);
    if (period === undefined) {
      period = parsePeriod(key, query.timeZone);
      periods.set(key, period);
    }
    if (histogram.unanswered === 0 && histogram.counts.every((c) => c === 0)) continue;
    const segment: Record<string, string | null> = {};
    for (const dimension of breakdown) {
      const value = row[`s${dimensions.indexOf(dimension)}`];
      segment[dimension] = value === null || value === undefined ? null : String(value);
    }
    cells.push({ period: key, breakdown, segment, histogram });
  }
  const unsorted: Aggregation = {
    grain: query.grain,
    timeZone: query.timeZone,
    breakdowns: query.breakdowns,
    periods: [...periods.values()].filter((p) => cells.some((cell) => cell.period === p.key)),
    cells,
  };
  // mergeAggregations of one input sorts periods and cells into the Aggregator's order.
  return { aggregation: mergeAggregations(unsorted), uncounted };
}

/** The key of the period that starts on local day "YYYY-MM-DD": calendar arithmetic, the same in every zone. */
function periodKey(day: string, query: AggregateQuery): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) {
    throw new InvalidArgumentError(`a period start must be a day "YYYY-MM-DD" (got ${JSON.stringify(day)})`);
  }
  return periodOf(`${day}T12:00:00Z`, query.grain, "UTC").key;
}

function count(value: unknown, what: string): number {
  const number =
    typeof value === "bigint" ? Number(value) : typeof value === "string" ? Number(value) : value;
  if (typeof number !== "number" || !Number.isSafeInteger(number) || number < 0) {
    throw new InvalidArgumentError(`column ${what} must be a count (got ${String(value)})`);
  }
  return number;
}
