import type { Aggregation, AggregationCell } from "./aggregation.js";
import { compareValues, normalizeBreakdowns } from "./aggregator.js";
import { InvalidArgumentError } from "./errors.js";
import { assertHistogram, emptyHistogram, mergeInto } from "./histogram.js";
import type { Period } from "./period.js";

/**
 * Adds aggregations of the same grain, time zone and breakdowns into one — partial results from several
 * files, worker threads or database shards. Associative and commutative, like the histograms it adds.
 * Throws {@link InvalidArgumentError} when the inputs were computed differently.
 */
export function mergeAggregations(first: Aggregation, ...rest: readonly Aggregation[]): Aggregation {
  const breakdowns = normalizeBreakdowns(first.breakdowns);
  const shape = JSON.stringify([first.grain, first.timeZone, breakdowns]);
  const periods = new Map<string, Period>();
  const cells = new Map<string, AggregationCell>();
  for (const aggregation of [first, ...rest]) {
    const other = JSON.stringify([
      aggregation.grain,
      aggregation.timeZone,
      normalizeBreakdowns(aggregation.breakdowns),
    ]);
    if (other !== shape) {
      throw new InvalidArgumentError(
        `cannot merge aggregations with different grain, time zone or breakdowns: ${shape} vs ${other}`,
      );
    }
    for (const period of aggregation.periods) periods.set(period.key, period);
    for (const cell of aggregation.cells) {
      assertHistogram(cell.histogram, `histogram of ${cell.period} ${JSON.stringify(cell.segment)}`);
      const key = JSON.stringify([
        cell.period,
        cell.breakdown,
        cell.breakdown.map((d) => cell.segment[d] ?? null),
      ]);
      let merged = cells.get(key);
      if (merged === undefined) {
        merged = { ...cell, histogram: emptyHistogram() };
        cells.set(key, merged);
      }
      mergeInto(merged.histogram, cell.histogram);
    }
  }
  const breakdownIndex = new Map(breakdowns.map((breakdown, index) => [JSON.stringify(breakdown), index]));
  const sorted = [...cells.values()].sort(
    (a, b) =>
      (a.period < b.period ? -1 : a.period > b.period ? 1 : 0) ||
      breakdownIndex.get(JSON.stringify(a.breakdown))! - breakdownIndex.get(JSON.stringify(b.breakdown))! ||
      compareValues(
        a.breakdown.map((d) => a.segment[d] ?? null),
        b.breakdown.map((d) => b.segment[d] ?? null),
      ),
  );
  return {
    grain: first.grain,
    timeZone: first.timeZone,
    breakdowns,
    periods: [...periods.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
    cells: sorted,
  };
}
