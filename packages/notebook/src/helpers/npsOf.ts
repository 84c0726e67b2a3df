import {
  countsOf,
  type IntervalOptions,
  InvalidArgumentError,
  type NpsInput,
  nps,
  npsInterval,
  type ReportResult,
  type SegmentValues,
} from "@npskit/core";
import { htmlTable } from "../runtime/htmlTable.js";
import { withDisplay } from "../runtime/richValue.js";
import type { NpsDataset } from "./npsDataset.js";

/** Options of {@link npsOf} for a dataset. */
export interface NpsOptions {
  /** @default the dataset's period */
  readonly period?: string;
  /** A group of one segment dimension, e.g. `{ region: "EU" }`. @default everyone */
  readonly segment?: SegmentValues;
}

/** An NPS with its counts and interval: the figures of the report for that period and group. */
export interface NpsFigures {
  readonly period: string | null;
  readonly segment: SegmentValues;
  readonly answered: number;
  readonly promoters: number;
  readonly passives: number;
  readonly detractors: number;
  /** Exact NPS; null when nothing was answered. */
  readonly nps: number | null;
  readonly interval: { readonly low: number; readonly high: number; readonly level: number } | null;
}

/**
 * The notebook's `nps(…)`: for a dataset, the report's own figures of a period (and of one segment value,
 * from the report's segment table); for counts or a histogram, core's `nps` and `npsInterval`.
 *
 * @example
 * nps(data, { period: "2026-10", segment: { region: "EU" } }).nps
 * nps({ promoters: 80, passives: 30, detractors: 40 }).nps // 26.666…
 */
export function npsOf(input: NpsDataset | NpsInput, options: NpsOptions & IntervalOptions = {}): NpsFigures {
  if (isDataset(input)) return datasetFigures(input, options);
  const counts = countsOf(input);
  const interval = npsInterval(input, options);
  return show({
    period: null,
    segment: {},
    answered: counts.promoters + counts.passives + counts.detractors,
    promoters: counts.promoters,
    passives: counts.passives,
    detractors: counts.detractors,
    nps: nps(input),
    interval: interval === null ? null : { low: interval.low, high: interval.high, level: interval.level },
  });
}

function datasetFigures(data: NpsDataset, options: NpsOptions): NpsFigures {
  const period = options.period ?? data.period.key;
  const segment = options.segment ?? {};
  const dimensions = Object.keys(segment);
  const model = data.model(period);
  let result: ReportResult | undefined;
  if (dimensions.length === 0) result = model.overall;
  else if (dimensions.length === 1) {
    const dimension = dimensions[0]!;
    const table = model.segments.find((t) => t.dimension === dimension);
    if (table === undefined)
      throw new InvalidArgumentError(
        `no segment "${dimension}": the config's analysis.segments are ${data.config.analysis.segments.join(", ") || "none"}`,
      );
    result = table.rows.find((row) => row.value === segment[dimension])?.result;
  } else {
    throw new InvalidArgumentError('segment: give one dimension, e.g. { region: "EU" }');
  }
  if (result === undefined) {
    // A value without responses in the period.
    return show({
      period,
      segment,
      answered: 0,
      promoters: 0,
      passives: 0,
      detractors: 0,
      nps: null,
      interval: null,
    });
  }
  return show({
    period,
    segment,
    answered: result.answered,
    promoters: result.promoters,
    passives: result.passives,
    detractors: result.detractors,
    nps: result.nps,
    interval:
      result.interval === null
        ? null
        : { low: result.interval.low, high: result.interval.high, level: result.interval.level },
  });
}

function isDataset(value: unknown): value is NpsDataset {
  return typeof value === "object" && value !== null && "ingested" in value && "model" in value;
}

function show(figures: NpsFigures): NpsFigures {
  const interval = figures.interval;
  const row = {
    ...(figures.period !== null && { period: figures.period }),
    ...figures.segment,
    answered: figures.answered,
    promoters: figures.promoters,
    passives: figures.passives,
    detractors: figures.detractors,
    nps: figures.nps === null ? null : round(figures.nps),
    [`${Math.round((interval?.level ?? 0.95) * 100)}% interval`]:
      interval === null ? null : `${round(interval.low)} … ${round(interval.high)}`,
  };
  return withDisplay(figures, () => ({
    "text/html": htmlTable([row]),
    "application/json": JSON.parse(JSON.stringify(figures)),
    "text/plain": `NPS ${figures.nps === null ? "– (no responses)" : round(figures.nps)} (n=${figures.answered})`,
  }));
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
