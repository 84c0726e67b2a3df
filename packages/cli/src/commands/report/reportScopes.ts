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

/** The breakdowns and comment samples of one run: the whole population, plus one scope per `splitBy` value. */
export interface ReportScopes {
  /** What `ingest` must count: each segment dimension, and with `splitBy` each one within every value. */
  readonly breakdowns: readonly Breakdown[];
  /** Feeds every comment sampler; pass it to `ingest` as `onResponse`. */
  onResponse(response: SurveyResponse, location: ErrorLocation): void;
  /** The report scopes after reading: everyone first, then each value of `splitBy` in the period, sorted. */
  scopes(
    ingested: IngestResult,
    periodKey: string,
  ): { scope: Record<string, string>; comments: CommentSampler }[];
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
  const everyone = commentSampler({ timeZone, grain });
  const byValue = new Map<string, CommentSampler>();
  return {
    breakdowns,
    onResponse(response, location) {
      everyone.add(response, location);
      if (splitBy === undefined) return;
      const value = response.segments?.[splitBy];
      if (value === undefined) return;
      let sampler = byValue.get(value);
      if (sampler === undefined) {
        sampler = commentSampler({ timeZone, grain, scope: { [splitBy]: value } });
        byValue.set(value, sampler);
      }
      sampler.add(response, location);
    },
    scopes(ingested, periodKey) {
      const scopes = [{ scope: {}, comments: everyone }];
      if (splitBy === undefined) return scopes;
      const values = cellsOf(ingested.aggregation, periodKey, [splitBy])
        .map((cell) => cell.segment[splitBy])
        .filter((value): value is string => value !== undefined && value !== null)
        .sort();
      for (const value of values) {
        const comments = byValue.get(value);
        if (comments !== undefined) scopes.push({ scope: { [splitBy]: value }, comments });
      }
      return scopes;
    },
  };
}
