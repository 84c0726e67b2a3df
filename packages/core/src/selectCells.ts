import type { Aggregation, AggregationCell, Breakdown, SegmentValues } from "./aggregation.js";
import { InvalidArgumentError } from "./errors.js";
import { emptyHistogram, type Histogram } from "./histogram.js";

/**
 * The cells of one breakdown in one period: the rows of a segment table.
 *
 * @example
 * cellsOf(aggregation, "2026-10", ["region"]) // one cell per region seen in October
 */
export function cellsOf(aggregation: Aggregation, period: string, breakdown: Breakdown): AggregationCell[] {
  const wanted = findBreakdown(aggregation, breakdown);
  return aggregation.cells.filter((cell) => cell.period === period && sameDimensions(cell.breakdown, wanted));
}

/**
 * The histogram of one group in one period — `{}` for the overall total — or an empty histogram when the
 * group had no responses then. The segment's dimensions must be one of the aggregation's breakdowns.
 *
 * @example
 * histogramAt(aggregation, "2026-10")                     // everyone in October
 * histogramAt(aggregation, "2026-10", { region: "APAC" }) // one region
 */
export function histogramAt(
  aggregation: Aggregation,
  period: string,
  segment: SegmentValues = {},
): Histogram {
  const breakdown = findBreakdown(aggregation, Object.keys(segment));
  const cell = aggregation.cells.find(
    (candidate) =>
      candidate.period === period &&
      sameDimensions(candidate.breakdown, breakdown) &&
      breakdown.every((dimension) => (candidate.segment[dimension] ?? null) === (segment[dimension] ?? null)),
  );
  return cell === undefined ? emptyHistogram() : cell.histogram;
}

function findBreakdown(aggregation: Aggregation, dimensions: readonly string[]): Breakdown {
  const found = aggregation.breakdowns.find((breakdown) => sameDimensions(breakdown, dimensions));
  if (found === undefined) {
    const known = aggregation.breakdowns.map((b) => (b.length === 0 ? "(total)" : b.join(" × "))).join(", ");
    throw new InvalidArgumentError(
      `the aggregation has no breakdown by ${dimensions.length === 0 ? "(total)" : dimensions.join(" × ")} (it has: ${known})`,
    );
  }
  return found;
}

function sameDimensions(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((dimension) => b.includes(dimension));
}
