// @npskit/core: the response format, histograms, NPS statistics, periods, aggregation and plugin contracts.
// This file only re-exports; internals stay unexported.

export type { Accounting, AccountingCounter, SourceAccounting } from "./accounting.js";
export { emptyAccounting, sumAccounting } from "./accounting.js";
export { adjustedWaldInterval } from "./adjustedWaldInterval.js";
export type { ResponseStream } from "./aggregate.js";
export { aggregate } from "./aggregate.js";
export type { Aggregation, AggregationCell, Breakdown, SegmentValues } from "./aggregation.js";
export type { AggregateOptions } from "./aggregator.js";
export { Aggregator } from "./aggregator.js";
export type { ReportAnalysis, ReportModelInput } from "./buildReportModel.js";
export { buildReportModel } from "./buildReportModel.js";
export { closestMatch } from "./closestMatch.js";
export type {
  CommentPool,
  CommentSample,
  CommentSampler,
  CommentSamplerOptions,
} from "./commentSampler.js";
export { commentSampler } from "./commentSampler.js";
export type { ComparisonMethod, ComparisonOptions, NpsComparison } from "./compareNps.js";
export { COMPARISON_METHODS, compareNps } from "./compareNps.js";
export type { ResolvedAnalysis, ResolvedConfig, ResolvedServe, UserConfig } from "./config.js";
export type {
  AnalysisConfig,
  IntervalConfig,
  RoundingConfig,
  ServeConfig,
  ServeEndpoints,
  ServeRateLimit,
} from "./configData.js";
export { configSchema } from "./configSchema.js";
export { createAjv } from "./createAjv.js";
export { isDateTime } from "./dateTimeFormat.js";
export { defineConfig } from "./defineConfig.js";
export { defineOutput } from "./defineOutput.js";
export { defineRule } from "./defineRule.js";
export { defineSource } from "./defineSource.js";
export type { DisplayOptions, RoundingMode } from "./displayNps.js";
export { displayNps } from "./displayNps.js";
export type { DuplicatePolicy, DuplicateTracker, Superseded, TrackedResponse } from "./duplicateTracker.js";
export { DUPLICATE_POLICIES, replaces } from "./duplicateTracker.js";
export type { ErrorCode, ErrorLocation, NpskitErrorOptions, ValidationIssue } from "./errors.js";
export {
  BrowserError,
  CellError,
  ConfigError,
  ERROR_CODES,
  formatIssue,
  formatLocation,
  InputError,
  InvalidArgumentError,
  InvalidReportError,
  InvalidResponseError,
  NpskitError,
  PeriodError,
  PluginError,
  QualityGateError,
  RenderError,
  TimeZoneError,
  UsageError,
} from "./errors.js";
export { fileError } from "./fileError.js";
export type { Formatter } from "./formatter.js";
export { createFormatter } from "./formatter.js";
export type { Histogram } from "./histogram.js";
export {
  addScore,
  assertCount,
  assertHistogram,
  emptyHistogram,
  histogramOf,
  mergeHistograms,
  mergeInto,
  SCORE_COUNT,
  SCORE_MAX,
  SCORE_MIN,
} from "./histogram.js";
export type { IngestOptions, IngestProgress, IngestResult } from "./ingest.js";
export { ingest } from "./ingest.js";
export type { Logger } from "./logger.js";
export { silentLogger } from "./logger.js";
export type { MemoryDuplicateTracker } from "./memoryDuplicateTracker.js";
export { memoryDuplicateTracker } from "./memoryDuplicateTracker.js";
export { mergeAggregations } from "./mergeAggregations.js";
export { normalCdf, twoSidedPValue } from "./normalCdf.js";
export { criticalValue, normalQuantile } from "./normalQuantile.js";
export { nps } from "./nps.js";
export type { NpsCategory, NpsCounts, NpsInput, NpsShares } from "./npsCounts.js";
export { answeredOf, categoryOf, countsOf, sharesOf } from "./npsCounts.js";
export type { IntervalMethod, IntervalOptions, NpsInterval } from "./npsInterval.js";
export { INTERVAL_METHODS, marginOfError, npsInterval } from "./npsInterval.js";
export { npsVariance } from "./npsVariance.js";
export { parsePeriod } from "./parsePeriod.js";
export type { Period, PeriodGrain } from "./period.js";
export { PERIOD_GRAINS } from "./period.js";
export type { LabelStyle } from "./periodLabel.js";
export { periodLabel } from "./periodLabel.js";
export { periodOf } from "./periodOf.js";
export type { PeriodResolver } from "./periodResolver.js";
export { createPeriodResolver } from "./periodResolver.js";
export type {
  AggregateQuery,
  AggregateResult,
  AggregateSample,
  OutputContext,
  OutputFactory,
  OutputPlugin,
  OutputResult,
  SampledRecord,
  SourceContext,
  SourceFactory,
  SourcePlugin,
  SourceProgress,
  SourceRecord,
} from "./plugin.js";
export type { Rejection } from "./rejection.js";
export { rejectionCategory } from "./rejection.js";
export type {
  DistinctiveTerm,
  RecommendationSubject,
  ReportBenchmark,
  ReportComment,
  ReportComments,
  ReportComparison,
  ReportDataQuality,
  ReportDriver,
  ReportFollowUp,
  ReportGoal,
  ReportHistogram,
  ReportInsights,
  ReportInterval,
  ReportMethod,
  ReportModel,
  ReportPeriod,
  ReportRecommendation,
  ReportResult,
  ReportSegmentPrevious,
  ReportSegmentRow,
  ReportSegmentTable,
  ReportShares,
  ReportTheme,
  ReportTrendPoint,
  ThemeShare,
} from "./reportModel.js";
export { reportSchema } from "./reportSchema.js";
export { resolveConfig } from "./resolveConfig.js";
export { responseSchema } from "./responseSchema.js";
export { roundHalfAwayFromZero, roundRatio } from "./roundHalfAwayFromZero.js";
export type { RecommendationDraft, RuleContext, RuleFactory, RulePlugin } from "./rule.js";
export type { DifferenceSampleSizeOptions, MarginSampleSizeOptions } from "./sampleSize.js";
export { sampleSizeForMargin, sampleSizePerGroup } from "./sampleSize.js";
export { scoreInterval } from "./scoreInterval.js";
export { cellsOf, histogramAt } from "./selectCells.js";
export { lastPeriods, previousPeriod, shiftPeriod } from "./shiftPeriod.js";
export type { Respondent, SurveyResponse } from "./surveyResponse.js";
export { resolveTimeZone } from "./timeZone.js";
export type { TrendOptions, TrendPoint } from "./trend.js";
export { trend } from "./trend.js";
export type { ReportModelValidation } from "./validateReportModel.js";
export { assertReportModel, validateReportModel } from "./validateReportModel.js";
export type { ResponseValidation } from "./validateResponse.js";
export { assertResponse, validateResponse } from "./validateResponse.js";
export { validationIssues } from "./validationIssues.js";
export { waldInterval } from "./waldInterval.js";
