import { InvalidArgumentError } from "./errors.js";

/** Lowest and highest score on the 0–10 recommendation scale. */
export const SCORE_MIN = 0;
export const SCORE_MAX = 10;
/** Number of distinct scores: the length of {@link Histogram.counts}. */
export const SCORE_COUNT = SCORE_MAX - SCORE_MIN + 1;

/**
 * The unit of aggregation: how many responses gave each score, plus how many did not answer.
 *
 * Everything statistical in npskit is computed from histograms, so a source may return them directly
 * (computed where the data lives) instead of raw rows. Histograms form a commutative monoid under
 * {@link mergeHistograms}: the empty histogram is the identity and merge order never matters.
 */
export interface Histogram {
  /** `counts[s]` is the number of responses with score `s`, for s = 0..10 (always 11 entries). */
  readonly counts: number[];
  /** Responses without a score: shown in reports, never in the NPS denominator. */
  unanswered: number;
}

/** A new histogram with all counts at zero: the identity of {@link mergeHistograms}. */
export function emptyHistogram(): Histogram {
  return { counts: new Array<number>(SCORE_COUNT).fill(0), unanswered: 0 };
}

/**
 * Throws unless `score` is an integer from 0 to 10.
 *
 * @example
 * assertScore(11) // throws InvalidArgumentError "score must be an integer from 0 to 10 (got 11)"
 */
export function assertScore(score: number): void {
  if (!Number.isInteger(score) || score < SCORE_MIN || score > SCORE_MAX) {
    throw new InvalidArgumentError(`score must be an integer from 0 to 10 (got ${String(score)})`);
  }
}

/**
 * Counts one response into `histogram` (in place, for speed in aggregation loops).
 * `null` or `undefined` counts as unanswered.
 */
export function addScore(histogram: Histogram, score: number | null | undefined): void {
  if (score === null || score === undefined) {
    histogram.unanswered += 1;
    return;
  }
  assertScore(score);
  histogram.counts[score]! += 1;
}

/**
 * Builds a histogram from scores; `null` entries are unanswered.
 *
 * @example
 * histogramOf([10, 9, 7, 3, null]).counts // [0,0,0,1,0,0,0,1,0,1,1], unanswered 1
 */
export function histogramOf(scores: Iterable<number | null | undefined>): Histogram {
  const histogram = emptyHistogram();
  for (const score of scores) addScore(histogram, score);
  return histogram;
}

/**
 * Sums histograms into a new one; the inputs are not changed. Associative and commutative, with
 * {@link emptyHistogram} as identity — so partial results from files, workers or SQL engines combine freely.
 */
export function mergeHistograms(...histograms: readonly Histogram[]): Histogram {
  const total = emptyHistogram();
  for (const histogram of histograms) mergeInto(total, histogram);
  return total;
}

/** Adds `source` into `target` in place. */
export function mergeInto(target: Histogram, source: Histogram): void {
  for (let score = 0; score < SCORE_COUNT; score++) target.counts[score]! += source.counts[score] ?? 0;
  target.unanswered += source.unanswered;
}

/**
 * Checks that a value received from outside (a plugin, a SQL engine, a JSON file) is a well-formed histogram:
 * 11 non-negative integer counts and a non-negative integer unanswered count.
 */
export function assertHistogram(value: unknown, what = "histogram"): asserts value is Histogram {
  const candidate = value as Partial<Histogram> | null;
  const counts = candidate?.counts;
  if (!Array.isArray(counts) || counts.length !== SCORE_COUNT) {
    throw new InvalidArgumentError(`${what} must have "counts" with exactly 11 entries (scores 0 to 10)`);
  }
  counts.forEach((count, score) => {
    assertCount(count, `${what}.counts[${score}]`);
  });
  assertCount(candidate?.unanswered, `${what}.unanswered`);
}

/** Throws unless `value` is a non-negative safe integer; `what` names it in the message. */
export function assertCount(value: unknown, what: string): asserts value is number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    throw new InvalidArgumentError(
      `${what} must be a whole number of responses, 0 or more (got ${String(value)})`,
    );
  }
}
