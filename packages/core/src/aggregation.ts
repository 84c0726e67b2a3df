import type { Histogram } from "./histogram.js";
import type { Period, PeriodGrain } from "./period.js";

/**
 * Segment values that identify a group: dimension name → value. `{}` is the overall total. `null` stands
 * for responses that carry no value for the dimension, so they are counted rather than dropped.
 */
export type SegmentValues = Readonly<Record<string, string | null>>;

/** A list of segment dimensions to break results down by together: `["region"]`, `["region", "plan"]`. */
export type Breakdown = readonly string[];

/** One group: a period, a breakdown and its values, and the histogram of the responses in it. */
export interface AggregationCell {
  /** Period key, e.g. "2026-10". */
  readonly period: string;
  /** The dimensions of this cell, `[]` for the overall total. */
  readonly breakdown: Breakdown;
  /** The values of those dimensions. */
  readonly segment: SegmentValues;
  readonly histogram: Histogram;
}

/**
 * Histograms by period × segment: everything the statistics and reports need, and nothing that grows with
 * the number of rows. Plain JSON. Two aggregations with the same grain, time zone and breakdowns merge by
 * adding histograms (see `mergeAggregations`), which is how work is split across files, workers or engines.
 */
export interface Aggregation {
  readonly grain: PeriodGrain;
  readonly timeZone: string;
  /** Breakdowns computed, the overall total `[]` always first. */
  readonly breakdowns: readonly Breakdown[];
  /** Periods that hold at least one response (answered or not), oldest first. */
  readonly periods: readonly Period[];
  /** Every non-empty group, sorted by period, then breakdown, then segment values. */
  readonly cells: readonly AggregationCell[];
}
