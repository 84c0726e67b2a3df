import { capText } from "./capText.js";
import { byPoolRank, bySampleRank, type CommentCandidate, commentCandidate } from "./commentCandidate.js";
import { type DuplicatePolicy, replaces } from "./duplicateTracker.js";
import { type ErrorLocation, InvalidArgumentError } from "./errors.js";
import { categoryOf, type NpsCategory } from "./npsCounts.js";
import { parsePeriod } from "./parsePeriod.js";
import { assertGrain, type PeriodGrain } from "./period.js";
import { createPeriodResolver } from "./periodResolver.js";
import type { ReportComment, ReportComments } from "./reportModel.js";
import type { SurveyResponse } from "./surveyResponse.js";
import { resolveTimeZone } from "./timeZone.js";

/** Options of {@link commentSampler}. */
export interface CommentSamplerOptions {
  /** IANA time zone of the periods: the one `ingest` aggregates in. @default "UTC" */
  readonly timeZone?: string;
  /** Period grain: the one `ingest` aggregates by. @default the grain of `period`, else "month" */
  readonly grain?: PeriodGrain;
  /**
   * Keep the comments of this period only ("2026-10"). By default every period is sampled, so the report
   * period can be chosen after reading (memory: `size` + `poolSize` per category per period).
   */
  readonly period?: string;
  /** Only responses with these segment values: the report's scope. @default {} */
  readonly scope?: Readonly<Record<string, string>>;
  /** Comments selected per category for the report. @default 5 */
  readonly size?: number;
  /** Comments kept per category for theme analysis (see {@link CommentSampler.pool}); 0 keeps none. @default 0 */
  readonly poolSize?: number;
  /** Longest text kept, in characters; a longer comment is cut and ends with "…". @default 1000 */
  readonly maxLength?: number;
  /**
   * Comments with fewer words than this ("ok", "👍") are selected only when a category has too few longer
   * ones: they say little in a report. @default 2
   */
  readonly minWords?: number;
  /** The duplicate policy `ingest` runs with, so two responses with one id are not both shown. @default "keep-latest" */
  readonly duplicates?: DuplicatePolicy;
}

/** Comments of a report period, as {@link buildReportModel} reads them; {@link commentSampler} makes one. */
export interface CommentSample {
  /** Time zone of the periods; must be the aggregation's. */
  readonly timeZone: string;
  /** Grain of the periods; must be the aggregation's. */
  readonly grain: PeriodGrain;
  /** Segment values the comments are restricted to; must be the report's scope. */
  readonly scope: Readonly<Record<string, string>>;
  /** The selected comments of `period` by category, with how many there were in all. */
  comments(period: string): ReportComments;
}

/** Comments by category: the larger sample kept for theme analysis. */
export type CommentPool = Readonly<Record<NpsCategory, readonly ReportComment[]>>;

/** A bounded, deterministic comment sampler; see {@link commentSampler}. */
export interface CommentSampler extends CommentSample {
  /** Offers a validated response; shaped like `ingest`'s `onResponse`, so it can be passed as it is. */
  readonly add: (response: SurveyResponse, location?: ErrorLocation) => void;
  /** Up to `poolSize` comments per category of `period`, a uniform sample (ranked by hash only). */
  pool(period: string): CommentPool;
}

interface CategoryState {
  total: number;
  readonly sample: CommentCandidate[];
  readonly pool: CommentCandidate[];
}

interface PeriodState {
  readonly categories: Record<NpsCategory, CategoryState>;
  /** Kept candidates by response id, to apply the duplicate policy among them. */
  readonly byId: Map<string, CommentCandidate>;
}

/**
 * Selects the verbatim comments a report shows, while `ingest` streams: per period and category
 * (promoter / passive / detractor) it counts every non-empty comment and keeps the `size` comments whose
 * response ids have the smallest `stableHash` — a bottom-k sample, which is a uniform random sample
 * that does not depend on the order the responses arrive in (Cohen & Kaplan, "Summarizing data using
 * bottom-k sketches", PODC 2007). Comments of fewer than `minWords` words rank after all longer ones, so "ok"
 * appears only when there is nothing better, and a text said many times ("Too expensive") is shown once, so
 * that five slots show five different things. Memory is bounded by `size + poolSize` per category and period,
 * whatever the number of responses.
 *
 * Comments are untrusted text: they are trimmed and capped at `maxLength`, never escaped (templates escape).
 * Unanswered responses have no category and are skipped; respondent data (PII) is never copied.
 *
 * Duplicates: `ingest` passes every valid response to `onResponse` before duplicate ids are resolved, so
 * `total` counts the comments it saw, superseded ones included (at most `dataQuality.duplicates` more). The
 * selection never holds two responses with one id: between two kept ones, `duplicates` decides as `ingest`
 * does. A superseded response whose replacement has no comment, or falls in another period, can still be
 * shown: the sampler only remembers what it keeps.
 *
 * @example
 * const sampler = commentSampler({ timeZone: "Europe/Moscow", period: "2026-10" });
 * const result = await ingest({ sources, timeZone: "Europe/Moscow", onResponse: sampler.add });
 * sampler.comments("2026-10") // examples/monthly-report: { total: { promoter: 25, passive: 19, detractor: 24 }, promoter: [5 comments], … }
 */
export function commentSampler(options: CommentSamplerOptions = {}): CommentSampler {
  const timeZone = resolveTimeZone(options.timeZone ?? "UTC");
  const only = options.period === undefined ? undefined : parsePeriod(options.period, timeZone);
  const grain = options.grain ?? only?.grain ?? "month";
  assertGrain(grain);
  if (only !== undefined && only.grain !== grain) {
    throw new InvalidArgumentError(
      `comment period ${only.key} is a ${only.grain}, but the grain is ${grain}`,
    );
  }
  const scope = Object.freeze({ ...(options.scope ?? {}) });
  const size = count(options.size ?? 5, "size", 0);
  const poolSize = count(options.poolSize ?? 0, "poolSize", 0);
  const maxLength = count(options.maxLength ?? 1000, "maxLength", 1);
  const minWords = count(options.minWords ?? 2, "minWords", 0);
  const policy = options.duplicates ?? "keep-latest";
  const periodAt = createPeriodResolver(grain, timeZone);
  const periods = new Map<string, PeriodState>();

  const add = (response: SurveyResponse, location: ErrorLocation = {}): void => {
    const { score, comment } = response;
    if (score === null || comment === undefined) return;
    const text = capText(comment, maxLength);
    if (text === "") return;
    for (const [dimension, value] of Object.entries(scope)) {
      if (response.segments?.[dimension] !== value) return;
    }
    const millis = Date.parse(response.submittedAt);
    if (Number.isNaN(millis)) {
      throw new InvalidArgumentError(
        `response ${JSON.stringify(response.id)} has an unreadable submittedAt ${JSON.stringify(response.submittedAt)}`,
      );
    }
    const period = periodAt(millis);
    if (only !== undefined && period.key !== only.key) return;
    let state = periods.get(period.key);
    if (state === undefined) {
      state = emptyPeriodState();
      periods.set(period.key, state);
    }
    const category = state.categories[categoryOf(score)];
    category.total += 1;

    const candidate = commentCandidate(response, score, text, millis, location, minWords);
    const kept = state.byId.get(response.id);
    if (kept !== undefined) {
      // `kept` was offered earlier; `replaces` is the rule every duplicate tracker shares.
      if (policy === "keep-all") {
        // Both responses count, so both may be shown: nothing to resolve.
      } else if (replaces(policy, kept.tracked, candidate.tracked)) drop(state, kept);
      else return;
    }
    candidate.inSample = insert(state, candidate, "sample", size);
    candidate.inPool = insert(state, candidate, "pool", poolSize);
    if ((candidate.inSample || candidate.inPool) && policy !== "keep-all") {
      state.byId.set(response.id, candidate);
    }
  };

  const stateOf = (key: string): PeriodState | undefined => {
    const period = parsePeriod(key, timeZone);
    if (period.grain !== grain) {
      throw new InvalidArgumentError(
        `period ${period.key} is a ${period.grain}, but comments are by ${grain}`,
      );
    }
    if (only !== undefined && period.key !== only.key) {
      throw new InvalidArgumentError(
        `the comment sampler kept the comments of ${only.key} only, not of ${period.key}`,
      );
    }
    return periods.get(period.key);
  };

  return {
    timeZone,
    grain,
    scope,
    add,
    comments(key) {
      const state = stateOf(key);
      const total = (category: NpsCategory) => state?.categories[category].total ?? 0;
      const list = (category: NpsCategory) => (state?.categories[category].sample ?? []).map(copyComment);
      return {
        total: { promoter: total("promoter"), passive: total("passive"), detractor: total("detractor") },
        promoter: list("promoter"),
        passive: list("passive"),
        detractor: list("detractor"),
      };
    },
    pool(key) {
      const state = stateOf(key);
      const list = (category: NpsCategory) => (state?.categories[category].pool ?? []).map(copyComment);
      return { promoter: list("promoter"), passive: list("passive"), detractor: list("detractor") };
    },
  };
}

/**
 * Inserts `candidate` into the sorted, bounded sample or pool of its category when it ranks among the best
 * `limit`; the one pushed out, if any, is forgotten (and leaves the id index once it is in neither list).
 * The sample holds each text once, by its best-ranked response — a bottom-k over distinct texts, which is as
 * independent of the reading order as the plain one. Returns whether it went in.
 */
function insert(
  state: PeriodState,
  candidate: CommentCandidate,
  which: "sample" | "pool",
  limit: number,
): boolean {
  if (limit === 0) return false;
  const list = state.categories[categoryOf(candidate.comment.score)][which];
  const compare = which === "sample" ? bySampleRank : byPoolRank;
  if (which === "sample") {
    const twin = list.find((kept) => kept.textKey === candidate.textKey);
    if (twin !== undefined) {
      if (compare(candidate, twin) >= 0) return false;
      list.splice(list.indexOf(twin), 1);
      forget(state, twin, which);
    }
  }
  const last = list.at(-1);
  if (list.length >= limit && last !== undefined && compare(candidate, last) >= 0) return false;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compare(list[mid]!, candidate) <= 0) lo = mid + 1;
    else hi = mid;
  }
  list.splice(lo, 0, candidate);
  if (list.length > limit) forget(state, list.pop()!, which);
  return true;
}

/** Marks a candidate as out of one list, and drops it from the id index once it is in neither. */
function forget(state: PeriodState, candidate: CommentCandidate, which: "sample" | "pool"): void {
  if (which === "sample") candidate.inSample = false;
  else candidate.inPool = false;
  if (!candidate.inSample && !candidate.inPool && state.byId.get(candidate.comment.id) === candidate) {
    state.byId.delete(candidate.comment.id);
  }
}

/** Removes a kept candidate that a later response with the same id superseded. */
function drop(state: PeriodState, kept: CommentCandidate): void {
  const category = state.categories[categoryOf(kept.comment.score)];
  for (const list of [category.sample, category.pool]) {
    const index = list.indexOf(kept);
    if (index >= 0) list.splice(index, 1);
  }
  kept.inSample = false;
  kept.inPool = false;
  state.byId.delete(kept.comment.id);
}

function emptyPeriodState(): PeriodState {
  const category = (): CategoryState => ({ total: 0, sample: [], pool: [] });
  return {
    categories: { promoter: category(), passive: category(), detractor: category() },
    byId: new Map(),
  };
}

/** A fresh copy, so that a caller editing one model cannot change the sampler or another model. */
function copyComment(candidate: CommentCandidate): ReportComment {
  return { ...candidate.comment, segments: { ...candidate.comment.segments } };
}

function count(value: number, name: string, min: number): number {
  if (!Number.isSafeInteger(value) || value < min) {
    throw new InvalidArgumentError(
      `comment sampler option ${name} must be a whole number of at least ${min} (got ${String(value)})`,
    );
  }
  return value;
}
