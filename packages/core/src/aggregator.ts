import type { Aggregation, AggregationCell, Breakdown } from "./aggregation.js";
import { InvalidArgumentError } from "./errors.js";
import { assertScore, emptyHistogram, type Histogram } from "./histogram.js";
import type { Period, PeriodGrain } from "./period.js";
import { createPeriodResolver, type PeriodResolver } from "./periodResolver.js";
import type { SurveyResponse } from "./surveyResponse.js";
import { resolveTimeZone } from "./timeZone.js";

/** Options of {@link Aggregator} and `aggregate`. */
export interface AggregateOptions {
  /** @default "month" */
  readonly grain?: PeriodGrain;
  /** IANA time zone of the calendar periods. @default "UTC" */
  readonly timeZone?: string;
  /**
   * Combinations of segment dimensions to count, in one pass: `[["region"], ["plan"], ["region", "plan"]]`.
   * The overall total is always counted. @default []
   */
  readonly breakdowns?: readonly Breakdown[];
}

interface MutableCell {
  readonly period: Period;
  readonly breakdownIndex: number;
  readonly values: readonly (string | null)[];
  readonly histogram: Histogram;
}

/** Cells of one period: for each breakdown, the cells by their key (see `valuesKey`). */
type PeriodCells = Map<string, MutableCell>[];

/**
 * Counts responses into histograms by period × breakdown in a single pass. Memory is bounded by the number
 * of groups (periods × distinct segment combinations), not by the number of responses, so it suits streams
 * of any length. Call {@link Aggregator.result} at the end; the aggregator can keep counting afterwards.
 *
 * @example
 * const aggregator = new Aggregator({ timeZone: "Europe/Moscow", breakdowns: [["region"]] });
 * for await (const response of responses) aggregator.add(response);
 * const { cells } = aggregator.result();
 */
export class Aggregator {
  readonly grain: PeriodGrain;
  readonly timeZone: string;
  readonly breakdowns: readonly Breakdown[];
  readonly #periodAt: PeriodResolver;
  // Period objects come from the resolver's cache, one instance per period, so they can key a Map.
  readonly #byPeriod = new Map<Period, PeriodCells>();
  #count = 0;

  constructor(options: AggregateOptions = {}) {
    this.grain = options.grain ?? "month";
    this.timeZone = resolveTimeZone(options.timeZone ?? "UTC");
    this.breakdowns = normalizeBreakdowns(options.breakdowns ?? []);
    this.#periodAt = createPeriodResolver(this.grain, this.timeZone);
  }

  /** Responses counted so far, answered or not. */
  get count(): number {
    return this.#count;
  }

  /**
   * Counts a validated response. Throws {@link InvalidArgumentError} when its date or score is unusable — which
   * a response that passed `validateResponse` never is.
   */
  add(response: SurveyResponse): void {
    const millis = Date.parse(response.submittedAt);
    if (Number.isNaN(millis)) {
      throw new InvalidArgumentError(
        `response ${JSON.stringify(response.id)} has an unreadable submittedAt ${JSON.stringify(response.submittedAt)}`,
      );
    }
    this.addAt(millis, response.score, response.segments);
  }

  /** Counts one response given as its instant, its score (`null` = unanswered) and its segments. */
  addAt(millis: number, score: number | null, segments: Readonly<Record<string, string>> = {}): void {
    this.#update(millis, score, segments, 1);
    this.#count += 1;
  }

  /**
   * Counts a histogram of responses that share a period and segments at once, given an instant inside the
   * period: how partial results counted elsewhere (a worker thread, a byte-level scanner) join an aggregation
   * with the same cells and order as if each response had been added on its own.
   */
  addHistogramAt(
    millis: number,
    histogram: Histogram,
    segments: Readonly<Record<string, string>> = {},
  ): void {
    const counts = [...histogram.counts, histogram.unanswered];
    if (histogram.counts.length !== 11 || !counts.every((n) => Number.isInteger(n) && n >= 0)) {
      throw new InvalidArgumentError(
        `a histogram has 11 counts and an unanswered count, all whole numbers ≥ 0 (got ${JSON.stringify(histogram)})`,
      );
    }
    for (let score = 0; score < histogram.counts.length; score++) {
      const count = histogram.counts[score]!;
      if (count > 0) this.#update(millis, score, segments, count);
      this.#count += count;
    }
    if (histogram.unanswered > 0) this.#update(millis, null, segments, histogram.unanswered);
    this.#count += histogram.unanswered;
  }

  /**
   * Takes back a response counted earlier with the same instant, score and segments: how the ingest pipeline
   * drops a response superseded by a later one with the same id. Throws {@link InvalidArgumentError} when no
   * such response was counted.
   */
  removeAt(millis: number, score: number | null, segments: Readonly<Record<string, string>> = {}): void {
    this.#update(millis, score, segments, -1);
    this.#count -= 1;
  }

  #update(
    millis: number,
    score: number | null,
    segments: Readonly<Record<string, string>>,
    delta: number,
  ): void {
    if (score !== null) assertScore(score);
    const period = this.#periodAt(millis);
    let cells = this.#byPeriod.get(period);
    if (cells === undefined) {
      if (delta < 0) throw notCounted();
      cells = this.breakdowns.map(() => new Map<string, MutableCell>());
      this.#byPeriod.set(period, cells);
    }
    if (delta < 0) {
      // A removal is checked in full before anything changes, so that a refused removeAt changes nothing.
      for (let index = 0; index < this.breakdowns.length; index++) {
        const histogram = cells[index]!.get(valuesKey(this.breakdowns[index]!, segments))?.histogram;
        const current =
          histogram === undefined ? 0 : score === null ? histogram.unanswered : histogram.counts[score]!;
        if (current < 1) throw notCounted();
      }
    }
    for (let index = 0; index < this.breakdowns.length; index++) {
      const breakdown = this.breakdowns[index]!;
      const byValues = cells[index]!;
      const key = valuesKey(breakdown, segments);
      let cell = byValues.get(key);
      if (cell === undefined) {
        if (delta < 0) throw notCounted();
        const values = breakdown.map((dimension) => segments[dimension] ?? null);
        cell = { period, breakdownIndex: index, values, histogram: emptyHistogram() };
        byValues.set(key, cell);
      }
      const histogram = cell.histogram;
      const current = score === null ? histogram.unanswered : histogram.counts[score]!;
      if (current + delta < 0) throw notCounted();
      if (score === null) histogram.unanswered = current + delta;
      else histogram.counts[score] = current + delta;
    }
  }

  /** The aggregation so far, sorted deterministically; a snapshot that later `add` calls do not change. */
  result(): Aggregation {
    const periods = new Map<string, Period>();
    const all = [...this.#byPeriod.values()].flatMap((cells) =>
      cells.flatMap((byValues) => [...byValues.values()]),
    );
    // Cells emptied by removeAt are dropped, so an aggregation only ever lists groups that have responses.
    const cells = all
      .filter((cell) => cell.histogram.unanswered > 0 || cell.histogram.counts.some((count) => count > 0))
      .sort(compareCells)
      .map((cell): AggregationCell => {
        periods.set(cell.period.key, cell.period);
        const breakdown = this.breakdowns[cell.breakdownIndex]!;
        const segment: Record<string, string | null> = {};
        breakdown.forEach((dimension, i) => {
          segment[dimension] = cell.values[i] ?? null;
        });
        return {
          period: cell.period.key,
          breakdown,
          segment,
          histogram: { counts: [...cell.histogram.counts], unanswered: cell.histogram.unanswered },
        };
      });
    return {
      grain: this.grain,
      timeZone: this.timeZone,
      breakdowns: this.breakdowns,
      periods: [...periods.values()],
      cells,
    };
  }
}

/**
 * Checks breakdowns and puts the overall total first; repeated breakdowns (also in another order) are counted once.
 * Exported for `mergeAggregations`, which must agree on the same normal form.
 */
export function normalizeBreakdowns(breakdowns: readonly Breakdown[]): readonly Breakdown[] {
  const seen = new Set<string>([JSON.stringify([])]);
  const result: Breakdown[] = [[]];
  for (const breakdown of breakdowns) {
    if (!Array.isArray(breakdown) || breakdown.some((d) => typeof d !== "string" || d === "")) {
      throw new InvalidArgumentError(
        `a breakdown must be a list of segment dimension names, such as ["region"] (got ${JSON.stringify(breakdown)})`,
      );
    }
    if (new Set(breakdown).size !== breakdown.length) {
      throw new InvalidArgumentError(`a breakdown names a dimension twice: ${JSON.stringify(breakdown)}`);
    }
    // The same dimensions in another order are the same groups: count them once, in the first order given.
    const key = JSON.stringify([...breakdown].sort());
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(Object.freeze([...breakdown]));
  }
  return Object.freeze(result);
}

function compareCells(a: MutableCell, b: MutableCell): number {
  return (
    compareText(a.period.key, b.period.key) ||
    a.breakdownIndex - b.breakdownIndex ||
    compareValues(a.values, b.values)
  );
}

/** Segment values in code-point order (locale-independent, hence deterministic); `null` sorts last. */
export function compareValues(a: readonly (string | null)[], b: readonly (string | null)[]): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? null;
    const y = b[i] ?? null;
    if (x === y) continue;
    if (x === null) return 1;
    if (y === null) return -1;
    return compareText(x, y);
  }
  return 0;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A Map key for a breakdown's values, cheap on the hot path: the overall total is "", one dimension is
 * "=" + value (or "\u0000" when missing, which no "=" key can equal), several are JSON — never ambiguous.
 */
function valuesKey(breakdown: Breakdown, segments: Readonly<Record<string, string>>): string {
  if (breakdown.length === 0) return "";
  if (breakdown.length === 1) {
    const value = segments[breakdown[0]!];
    return value === undefined ? "\u0000" : `=${value}`;
  }
  return JSON.stringify(breakdown.map((dimension) => segments[dimension] ?? null));
}

function notCounted(): InvalidArgumentError {
  return new InvalidArgumentError(
    "cannot remove a response that was not counted (same instant, score and segments)",
  );
}
