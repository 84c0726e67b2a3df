import {
  type Breakdown,
  type CommentSampler,
  cellsOf,
  commentSampler,
  type ErrorLocation,
  type IngestResult,
  type PeriodGrain,
  type SurveyResponse,
} from "@npskit/core";
import { type InsightCollector, insightCollector } from "@npskit/insights";

/** One report of a run: its scope, its comments, and what the insights analysis needs. */
export interface ReportScope {
  readonly scope: Record<string, string>;
  /** The comments shown, and the larger pool the comment themes are analysed from. */
  readonly comments: CommentSampler;
  /** Driver ratings and detractors to call back. */
  readonly insights: InsightCollector;
}

/** Comments per category kept for the theme analysis of each report. */
const THEME_POOL = 2_000;

/**
 * Responses per period a source that aggregates where the data live (DuckDB, PostgreSQL…) sends with its
 * histograms, commented ones first, instead of every row: what the comment samples, themes, driver analysis
 * and follow-up list of a report see for that source. Ten times the theme pool, so themes of every category
 * are drawn from a full pool in all but the most lopsided months.
 */
const RESPONSE_SAMPLE = { perPeriod: 20_000 } as const;

/** The breakdowns and comment samples of one run: the whole population, plus one scope per `splitBy` value. */
export interface ReportScopes {
  /** What `ingest` must count: each segment dimension, and with `splitBy` each one within every value. */
  readonly breakdowns: readonly Breakdown[];
  /** The response sample a pushdown source may send instead of rows; pass it to `ingest` as `responseSample`. */
  readonly responseSample: { readonly perPeriod: number };
  /** Feeds every comment sampler; pass it to `ingest` as `onResponse`. */
  onResponse(response: SurveyResponse, location: ErrorLocation): void;
  /** The report scopes after reading: everyone first, then each value of `splitBy` in the period, sorted. */
  scopes(ingested: IngestResult, periodKey: string): ReportScope[];
}

/**
 * Plans the scopes of a run. Without `splitBy` there is one report, for everyone. With it, each value of
 * that dimension seen in the report period gets its own report too (responses without a value are only in
 * the overall one); comment samplers per value are made as values appear, so memory stays bounded by the
 * number of values, not responses.
 */
export function reportScopes(options: {
  readonly segments: readonly string[];
  readonly splitBy?: string;
  readonly timeZone: string;
  readonly grain: PeriodGrain;
}): ReportScopes {
  const { splitBy, timeZone, grain } = options;
  const breakdowns: Breakdown[] = options.segments.map((dimension) => [dimension]);
  if (splitBy !== undefined) {
    if (!options.segments.includes(splitBy)) breakdowns.push([splitBy]);
    for (const dimension of options.segments)
      if (dimension !== splitBy) breakdowns.push([splitBy, dimension]);
  }
  const collect = (scope: Record<string, string>) => ({
    scope,
    comments: commentSampler({ timeZone, grain, scope, poolSize: THEME_POOL }),
    insights: insightCollector({ timeZone, grain, scope }),
  });
  const everyone = collect({});
  const byValue = new Map<string, ReportScope>();
  return {
    breakdowns,
    responseSample: RESPONSE_SAMPLE,
    onResponse(response, location) {
      everyone.comments.add(response, location);
      everyone.insights.add(response, location);
      if (splitBy === undefined) return;
      const value = response.segments?.[splitBy];
      if (value === undefined) return;
      let scope = byValue.get(value);
      if (scope === undefined) {
        scope = collect({ [splitBy]: value });
        byValue.set(value, scope);
      }
      scope.comments.add(response, location);
      scope.insights.add(response, location);
    },
    scopes(ingested, periodKey) {
      const scopes = [everyone];
      if (splitBy === undefined) return scopes;
      const values = cellsOf(ingested.aggregation, periodKey, [splitBy])
        .map((cell) => cell.segment[splitBy])
        .filter((value): value is string => value !== undefined && value !== null)
        .sort();
      for (const value of values) {
        const scope = byValue.get(value);
        if (scope !== undefined) scopes.push(scope);
      }
      return scopes;
    },
  };
}
