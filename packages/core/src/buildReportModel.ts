import type { Accounting, SourceAccounting } from "./accounting.js";
import type { Aggregation } from "./aggregation.js";
import type { CommentSample } from "./commentSampler.js";
import { type ComparisonMethod, compareNps } from "./compareNps.js";
import { displayNps, type RoundingMode } from "./displayNps.js";
import type { DuplicatePolicy } from "./duplicateTracker.js";
import { InvalidArgumentError } from "./errors.js";
import { assertLevel } from "./normalQuantile.js";
import type { IntervalMethod } from "./npsInterval.js";
import { parsePeriod } from "./parsePeriod.js";
import type { Period, PeriodGrain } from "./period.js";
import { reportComparison } from "./reportComparison.js";
import { reportDataQuality } from "./reportDataQuality.js";
import type {
  ReportComments,
  ReportHistogram,
  ReportModel,
  ReportPeriod,
  ReportRecommendation,
  ReportTrendPoint,
} from "./reportModel.js";
import { reportResult } from "./reportResult.js";
import type { ReportSettings } from "./reportSettings.js";
import { segmentTables } from "./segmentTables.js";
import { histogramAt } from "./selectCells.js";
import { previousPeriod } from "./shiftPeriod.js";
import { resolveTimeZone } from "./timeZone.js";
import { trend } from "./trend.js";
import { assertReportModel } from "./validateReportModel.js";

/**
 * The analysis settings a report is computed with. A `ResolvedConfig["analysis"]` fits as it is; `comparison`
 * and `duplicates` are not config keys yet, so they are given next to it.
 */
export interface ReportAnalysis {
  /** Checked against the aggregation's time zone, when given. */
  readonly timeZone?: string;
  /** The period grain (the config's name for it); checked against the aggregation's, when given. */
  readonly period?: PeriodGrain;
  /** Target NPS in points. @default null */
  readonly target?: number | null;
  /** @default { method: "adjusted-wald", level: 0.95 } */
  readonly interval?: { readonly method?: IntervalMethod; readonly level?: number };
  /** Method of every two-group test (period over period, segment versus rest). @default "adjusted-wald" */
  readonly comparison?: ComparisonMethod;
  /** @default { mode: "exact", decimals: 0 } */
  readonly rounding?: { readonly mode?: RoundingMode; readonly decimals?: number };
  /** The duplicate policy `ingest` ran with, for the methodology. @default "keep-latest" */
  readonly duplicates?: DuplicatePolicy;
}

/**
 * What {@link buildReportModel} needs. `ingest`'s result has `aggregation`, `accounting` and `sources` under
 * these names, so it can be spread in: `buildReportModel({ ...ingested, now, comments: sampler })`.
 */
export interface ReportModelInput {
  /** Histograms by period × segment; its single-dimension breakdowns become the segment tables. */
  readonly aggregation: Aggregation;
  /** What happened to every input record; must hold read = accepted + unanswered + rejected + duplicates. */
  readonly accounting: Accounting;
  /** The same, per source. @default [] */
  readonly sources?: readonly SourceAccounting[];
  /** The report period, e.g. "2026-10". @default the latest period of the aggregation */
  readonly period?: string;
  /** When the report is built (the CLI's `--now`): its only clock, so a rebuild gives the same JSON. */
  readonly now: Date;
  /** @default "en" */
  readonly locale?: ReportModel["locale"];
  readonly analysis?: ReportAnalysis;
  /** Name of the quarantine file as the report should show it, or null when none was written. @default null */
  readonly quarantine?: string | null;
  /** The sampled comments (a {@link commentSampler} fed by `ingest`'s `onResponse`). @default none */
  readonly comments?: CommentSample;
  /**
   * Segment values the report is restricted to, e.g. `{ region: "Europe" }`: the aggregation must have that
   * breakdown, and a segment table needs the breakdown adding its dimension (`["region", "plan"]`). @default {}
   */
  readonly scope?: Readonly<Record<string, string>>;
  /** Improvement recommendations, most impactful first. @default [] */
  readonly recommendations?: readonly ReportRecommendation[];
  /** Periods in the trend, ending with the report period. @default 12 */
  readonly trendLength?: number;
}

/**
 * The analysis step: turns histograms, the accounting and the sampled comments into the {@link ReportModel}
 * every output renders — overall result with interval and displayed value, the previous period and the
 * change (`compareNps(previous, current)`: difference = current − previous, with its z-test), the 0–10
 * distribution, the trend, segment tables (see `segmentTables`: each group against the rest, with its result in
 * the previous period), comments, data
 * quality and the method. Pure and deterministic: the same input gives the same JSON, byte for byte.
 *
 * A period without answers has `nps`, `interval` and `change` null — "no responses", never 0. The model is
 * checked against `report.schema.json` before it is returned; input that would make it invalid (an unknown
 * locale, a malformed recommendation) throws {@link InvalidReportError} naming the field.
 *
 * @example
 * const sampler = commentSampler({ timeZone: "Europe/Moscow" });
 * const ingested = await ingest({ sources, timeZone: "Europe/Moscow", breakdowns: [["region"]], onResponse: sampler.add });
 * const model = buildReportModel({ ...ingested, period: "2026-10", now: new Date(), comments: sampler });
 * model.overall.displayed // 33 for examples/monthly-report (exact 33.16, 95 % interval 22.1 to 43.2)
 */
export function buildReportModel(input: ReportModelInput): ReportModel {
  const { aggregation } = input;
  const settings = settingsOf(input.analysis ?? {}, aggregation);
  const period = reportPeriod(aggregation, input.period);
  const before = previousPeriod(period);
  const scope = { ...(input.scope ?? {}) };
  const comparison = { method: settings.comparison, level: settings.interval.level };

  const histogram = histogramAt(aggregation, period.key, scope);
  const previousHistogram = histogramAt(aggregation, before.key, scope);
  const overall = reportResult(histogram, settings);
  const previous = reportResult(previousHistogram, settings);
  const distribution: ReportHistogram = {
    counts: [...histogram.counts] as ReportHistogram["counts"],
    unanswered: histogram.unanswered,
  };

  const model: ReportModel = {
    schemaVersion: 1,
    generatedAt: timestampOf(input.now),
    locale: input.locale ?? "en",
    period: periodOf(period),
    previousPeriod: periodOf(before),
    scope,
    overall,
    previous: previous.answered === 0 ? null : previous,
    change: reportComparison(compareNps(previousHistogram, histogram, comparison)),
    target: input.analysis?.target ?? null,
    distribution,
    trend: trendOf(input, period, scope, settings),
    segments: segmentTables(aggregation, period.key, scope, histogram, overall, settings, before.key),
    comments: commentsOf(input.comments, aggregation, period, scope),
    // A deep copy: the model is plain data that no later change to the input can reach.
    recommendations: structuredClone([...(input.recommendations ?? [])]),
    dataQuality: reportDataQuality(input.accounting, input.sources ?? [], input.quarantine ?? null),
    method: {
      grain: aggregation.grain,
      timeZone: aggregation.timeZone,
      interval: { ...settings.interval },
      comparison: settings.comparison,
      rounding: { ...settings.rounding },
      duplicates: input.analysis?.duplicates ?? "keep-latest",
    },
  };
  assertReportModel(model);
  return model;
}

function settingsOf(analysis: ReportAnalysis, aggregation: Aggregation): ReportSettings {
  if (analysis.timeZone !== undefined && resolveTimeZone(analysis.timeZone) !== aggregation.timeZone) {
    throw new InvalidArgumentError(
      `the analysis is in ${analysis.timeZone}, but the aggregation was counted in ${aggregation.timeZone}`,
    );
  }
  if (analysis.period !== undefined && analysis.period !== aggregation.grain) {
    throw new InvalidArgumentError(
      `the analysis is by ${analysis.period}, but the aggregation was counted by ${aggregation.grain}`,
    );
  }
  const level = analysis.interval?.level ?? 0.95;
  assertLevel(level);
  return {
    interval: { method: analysis.interval?.method ?? "adjusted-wald", level },
    comparison: analysis.comparison ?? "adjusted-wald",
    rounding: { mode: analysis.rounding?.mode ?? "exact", decimals: analysis.rounding?.decimals ?? 0 },
  };
}

function reportPeriod(aggregation: Aggregation, key: string | undefined): Period {
  const wanted = key ?? aggregation.periods.at(-1)?.key;
  if (wanted === undefined) {
    throw new InvalidArgumentError(
      "nothing to report: the aggregation holds no responses and no period was given",
    );
  }
  const period = parsePeriod(wanted, aggregation.timeZone);
  if (period.grain !== aggregation.grain) {
    throw new InvalidArgumentError(
      `report period ${period.key} is a ${period.grain}, but the data are by ${aggregation.grain}`,
    );
  }
  return period;
}

function trendOf(
  input: ReportModelInput,
  period: Period,
  scope: Readonly<Record<string, string>>,
  settings: ReportSettings,
): ReportTrendPoint[] {
  const points = trend(input.aggregation, {
    periods: input.trendLength ?? 12,
    end: period.key,
    segment: scope,
    method: settings.interval.method,
    level: settings.interval.level,
    comparison: settings.comparison,
  });
  return points.map((point) => ({
    period: periodOf(point.period),
    answered: point.answered,
    nps: point.nps,
    displayed: displayNps(histogramAt(input.aggregation, point.period.key, scope), settings.rounding),
    interval: point.interval === null ? null : { ...point.interval },
    change: reportComparison(point.change),
  }));
}

function commentsOf(
  sample: CommentSample | undefined,
  aggregation: Aggregation,
  period: Period,
  scope: Readonly<Record<string, string>>,
): ReportComments {
  if (sample === undefined) {
    return { total: { promoter: 0, passive: 0, detractor: 0 }, promoter: [], passive: [], detractor: [] };
  }
  // Comments sampled by other periods or for another group would sit next to numbers they do not belong to.
  const mismatch =
    sample.timeZone !== aggregation.timeZone
      ? `time zone ${sample.timeZone}, not ${aggregation.timeZone}`
      : sample.grain !== aggregation.grain
        ? `grain ${sample.grain}, not ${aggregation.grain}`
        : scopeKey(sample.scope) !== scopeKey(scope)
          ? `scope ${scopeKey(sample.scope)}, not ${scopeKey(scope)}`
          : undefined;
  if (mismatch !== undefined) {
    throw new InvalidArgumentError(`the comments were sampled with ${mismatch} as the report`);
  }
  return sample.comments(period.key);
}

/** RFC 3339 in UTC, without milliseconds when there are none (as periods are written). */
function timestampOf(now: Date): string {
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) {
    throw new InvalidArgumentError(`now must be a valid Date (got ${String(now)})`);
  }
  return now.toISOString().replace(".000Z", "Z");
}

/** A period as plain data with exactly the schema's keys. */
function periodOf(period: Period): ReportPeriod {
  const { grain, key, timeZone, start, end } = period;
  return { grain, key, timeZone, start, end };
}

/** Scope as a comparable text: keys sorted, so { a, b } and { b, a } are one scope. */
function scopeKey(scope: Readonly<Record<string, string>>): string {
  return JSON.stringify(Object.entries(scope).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
