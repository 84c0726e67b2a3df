import {
  type Accounting,
  type AccountingCounter,
  emptyAccounting,
  type SourceAccounting,
  sumAccounting,
} from "./accounting.js";
import type { Aggregation, Breakdown } from "./aggregation.js";
import { Aggregator } from "./aggregator.js";
import type { DuplicatePolicy, DuplicateTracker, Superseded, TrackedResponse } from "./duplicateTracker.js";
import { type ErrorLocation, formatIssue, formatLocation, PluginError } from "./errors.js";
import { type Logger, silentLogger } from "./logger.js";
import { memoryDuplicateTracker } from "./memoryDuplicateTracker.js";
import { mergeAggregations } from "./mergeAggregations.js";
import type { PeriodGrain } from "./period.js";
import type {
  AggregateQuery,
  AggregateResult,
  AggregateSample,
  SourceContext,
  SourcePlugin,
  SourceProgress,
  SourceRecord,
} from "./plugin.js";
import { type Rejection, rejectionCategory } from "./rejection.js";
import type { SurveyResponse } from "./surveyResponse.js";
import { validateResponse } from "./validateResponse.js";

/** Options of {@link ingest}. */
export interface IngestOptions {
  /** Read in this order. */
  readonly sources: readonly SourcePlugin[];
  /** IANA time zone of the periods, also given to sources for dates without an offset. @default "UTC" */
  readonly timeZone?: string;
  /** @default "month" */
  readonly grain?: PeriodGrain;
  /** Folder relative paths of the sources are read from, given to them as `ctx.baseDir`. @default process.cwd() */
  readonly baseDir?: string;
  /** Segment breakdowns to count; the overall total is always counted. @default [] */
  readonly breakdowns?: readonly Breakdown[];
  /** @default "keep-latest" */
  readonly duplicates?: DuplicatePolicy;
  /** How duplicates are found; by default in memory, under `duplicates`. */
  readonly duplicateTracker?: DuplicateTracker;
  /** Stops the sources when aborted; `ingest` then rejects with the signal's reason. */
  readonly signal?: AbortSignal;
  readonly logger?: Logger;
  /** Receives every rejected or superseded record, in order (the CLI writes them to the quarantine file). */
  readonly onReject?: (rejection: Rejection) => void | Promise<void>;
  /** Receives every valid response as it is counted (for comment samples, close-the-loop lists…). */
  readonly onResponse?: (response: SurveyResponse, location: ErrorLocation) => void;
  /**
   * With `onResponse`: instead of reading every row of a source that can aggregate, ask it for histograms
   * plus up to `perPeriod` responses of each period from `from` on (commented ones first), and pass only those to
   * `onResponse`. A source that cannot sample declines (`null`) and is read row by row as without this option.
   * Without it, such a source is read row by row whenever `onResponse` is given. @default undefined
   */
  readonly responseSample?: AggregateSample;
  /** Progress of the current source, with the running accounting. */
  readonly onProgress?: (progress: IngestProgress) => void;
}

/** Progress while ingesting. */
export interface IngestProgress extends SourceProgress {
  readonly source: string;
  readonly accounting: Accounting;
}

/** What {@link ingest} returns. */
export interface IngestResult {
  readonly aggregation: Aggregation;
  /** Totals over all sources: read = accepted + unanswered + rejected + duplicates. */
  readonly accounting: Accounting;
  readonly sources: readonly SourceAccounting[];
}

/**
 * The ingest pipeline: reads every source in order, validates each record against the response schema,
 * resolves duplicate ids, and counts what is kept into histograms by period × breakdown — accounting for every
 * record as accepted, unanswered, rejected (with a reason and a location, passed to `onReject`) or a duplicate.
 * Memory is bounded by the number of groups (plus the duplicate tracker's state).
 *
 * A source with an `aggregate` hook is asked first; when it answers, its histograms are used as they are (no
 * row-level validation or deduplication is possible there) — unless the caller wants every response (`onResponse`)
 * and the source can also `read` them. A caller that settles for a sample of the responses (`responseSample`)
 * gets the histograms plus the source's sample, passed to `onResponse`; a source that cannot sample declines. Errors thrown by a plugin are wrapped in
 * {@link PluginError} naming the plugin and the hook.
 *
 * @example
 * const { aggregation, accounting } = await ingest({ sources: [csv({ path: "responses.csv" })], timeZone: "Europe/Moscow" });
 */
export async function ingest(options: IngestOptions): Promise<IngestResult> {
  const { sources, signal = new AbortController().signal, logger = silentLogger } = options;
  const baseDir = options.baseDir ?? process.cwd();
  const aggregator = new Aggregator({
    timeZone: options.timeZone ?? "UTC",
    grain: options.grain ?? "month",
    breakdowns: options.breakdowns ?? [],
  });
  const tracker = options.duplicateTracker ?? memoryDuplicateTracker(options.duplicates ?? "keep-latest");
  const counters = new Map<string, AccountingCounter>();
  const pushedDown: Aggregation[] = [];
  const pending: Rejection[] = [];

  const counterOf = (source: string): AccountingCounter => {
    let counter = counters.get(source);
    if (counter === undefined) {
      counter = emptyAccounting();
      counters.set(source, counter);
    }
    return counter;
  };
  const total = () => sumAccounting([...counters.values()]);
  const flush = async () => {
    // A source rejects records while it reads, and the pipeline after each batch: sort the batch's
    // rejections by line so the quarantine file follows the input's order.
    const batch = pending.splice(0);
    batch.sort(byLine(batch));
    for (const rejection of batch) await options.onReject?.(rejection);
  };
  const reject = (counter: AccountingCounter, rejection: Rejection) => {
    counter.rejected += 1;
    counter.rejectedByReason[rejection.category] = (counter.rejectedByReason[rejection.category] ?? 0) + 1;
    pending.push(rejection);
  };
  const takeBack = ({ response, by }: Superseded) => {
    aggregator.removeAt(response.millis, response.score, response.segments);
    const counter = counterOf(response.source);
    if (response.score === null) counter.unanswered -= 1;
    else counter.accepted -= 1;
    counter.duplicates += 1;
    pending.push({
      kind: "duplicate",
      source: response.source,
      category: "duplicate id",
      reason: `duplicate id ${JSON.stringify(response.id)}: superseded by the response at ${formatLocation(by.location) || "another record"}`,
      location: { ...response.location, recordId: response.id },
    });
  };

  try {
    return await run();
  } finally {
    tracker.dispose?.();
  }

  async function run(): Promise<IngestResult> {
    // What onProgress throws, held while the plugin's code runs (which called it) so as not to blame the plugin.
    let progressFailure: { readonly error: unknown } | undefined;
    const rethrowProgressFailure = () => {
      if (progressFailure !== undefined) throw progressFailure.error;
    };
    for (const source of sources) {
      signal.throwIfAborted();
      const counter = counterOf(source.name);
      const context: SourceContext = {
        signal,
        logger,
        timeZone: aggregator.timeZone,
        baseDir,
        reject(raw, reason, location) {
          counter.read += 1;
          reject(counter, {
            kind: "invalid",
            source: source.name,
            category: rejectionCategory(reason, location),
            reason,
            location,
            raw,
          });
        },
        progress(update) {
          try {
            options.onProgress?.({ ...update, source: source.name, accounting: total() });
          } catch (error) {
            progressFailure ??= { error };
          }
        },
      };

      // A caller that needs every response (onResponse) gets rows from a source that can read them —
      // histograms cannot feed comment samples or follow-up lists — unless it settles for a sample of them.
      const { onResponse, responseSample } = options;
      const wantsRows = onResponse !== undefined && source.read !== undefined;
      if (source.aggregate !== undefined && (!wantsRows || responseSample !== undefined)) {
        const query: AggregateQuery = {
          grain: aggregator.grain,
          timeZone: aggregator.timeZone,
          breakdowns: aggregator.breakdowns,
          ...(onResponse !== undefined && responseSample !== undefined && { sample: responseSample }),
        };
        const result = await call(source, "aggregate", signal, () => source.aggregate!(query, context));
        rethrowProgressFailure();
        if (result !== null) {
          checkPushedDown(source.name, query, result);
          countPushedDown(counter, result);
          pushedDown.push(result);
          if (onResponse !== undefined) passSample(source.name, query, result, onResponse);
          continue;
        }
      }
      if (source.read === undefined) continue;

      // Step the iterator by hand so that only the plugin's own code is blamed on the plugin.
      const batches = await call(source, "read", signal, async () =>
        source.read!(context)[Symbol.asyncIterator](),
      );
      let suspended = false; // the source yielded a batch and waits to be resumed or closed
      try {
        for (;;) {
          const next = await call(source, "read", signal, () => batches.next());
          if (next.done === true) break;
          suspended = true;
          rethrowProgressFailure();
          checkBatch(source.name, next.value);
          for (const record of next.value) countRecord(source.name, counter, record);
          await flush();
          signal.throwIfAborted();
          suspended = false;
        }
      } finally {
        // Stopped early — aborted, or a callback failed: let the source release what it holds (files, sockets).
        if (suspended) await batches.return?.();
      }
      rethrowProgressFailure();
      await flush();
    }

    signal.throwIfAborted();
    for await (const superseded of tracker.finish()) takeBack(superseded);
    await flush();
    const rowLevel = aggregator.result();
    const perSource = [...counters].map(
      ([name, counter]): SourceAccounting => ({ source: name, ...sumAccounting([counter]) }),
    );
    return {
      aggregation: pushedDown.length === 0 ? rowLevel : mergeAggregations(rowLevel, ...pushedDown),
      accounting: total(),
      sources: perSource,
    };
  }

  function countRecord(sourceName: string, counter: AccountingCounter, record: SourceRecord): void {
    counter.read += 1;
    const validation = validateResponse(record.response);
    if (!validation.valid) {
      const first = validation.issues[0];
      const location = { ...record.location, ...(first !== undefined && { field: first.pointer }) };
      reject(counter, {
        kind: "invalid",
        source: sourceName,
        category: rejectionCategory("", location),
        reason: validation.issues.map(formatIssue).join("; "),
        location,
        raw: record.raw ?? record.response,
      });
      return;
    }
    const response = validation.response;
    const tracked: TrackedResponse = {
      id: response.id,
      millis: Date.parse(response.submittedAt),
      score: response.score,
      segments: response.segments,
      source: sourceName,
      location: record.location,
    };
    aggregator.addAt(tracked.millis, tracked.score, tracked.segments);
    if (tracked.score === null) counter.unanswered += 1;
    else counter.accepted += 1;
    options.onResponse?.(response, record.location);
    const superseded = tracker.offer(tracked);
    if (superseded !== undefined) takeBack(superseded);
  }
}

/** Runs a plugin hook, wrapping what it throws — but not an abort, which is the caller's own doing. */
async function call<T>(
  source: SourcePlugin,
  hook: string,
  signal: AbortSignal,
  run: () => Promise<T>,
): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof PluginError || isAbort(error, signal)) throw error;
    throw new PluginError(source.name, hook, error);
  }
}

/** An AbortError, or the reason the signal was aborted with, passed on by a source (`signal.throwIfAborted()`). */
function isAbort(error: unknown, signal: AbortSignal): boolean {
  return (
    (error instanceof Error && error.name === "AbortError") || (signal.aborted && error === signal.reason)
  );
}

/**
 * Passes the sampled responses of a pushed-down source to `onResponse`. They are already counted in its
 * histograms, so one that is not a valid response is left out of the sample, not rejected again.
 */
function passSample(
  source: string,
  query: AggregateQuery,
  result: AggregateResult,
  onResponse: NonNullable<IngestOptions["onResponse"]>,
): void {
  if (query.sample === undefined) return;
  if (!Array.isArray(result.sample)) {
    throw new PluginError(
      source,
      "aggregate",
      new Error(
        "the query asked for a response sample and none came back (return null when you cannot sample)",
      ),
    );
  }
  checkBatch(source, result.sample);
  for (const record of result.sample) {
    const validation = validateResponse(record.response);
    if (validation.valid) onResponse(validation.response, record.location);
  }
}

function countPushedDown(counter: AccountingCounter, aggregation: Aggregation): void {
  for (const cell of aggregation.cells) {
    if (cell.breakdown.length > 0) continue;
    const answered = cell.histogram.counts.reduce((sum, count) => sum + count, 0);
    counter.read += answered + cell.histogram.unanswered;
    counter.accepted += answered;
    counter.unanswered += cell.histogram.unanswered;
  }
}

/**
 * Orders one flush's rejections as the input is ordered: files in the order they first appear, then by line;
 * rejections without a line come after those with one, in the order they were made (the sort is stable).
 */
function byLine(pending: readonly Rejection[]): (a: Rejection, b: Rejection) => number {
  const fileOrder = new Map<string | undefined, number>();
  for (const rejection of pending) {
    if (!fileOrder.has(rejection.location.file)) fileOrder.set(rejection.location.file, fileOrder.size);
  }
  return (a, b) =>
    fileOrder.get(a.location.file)! - fileOrder.get(b.location.file)! ||
    (a.location.line ?? Number.POSITIVE_INFINITY) - (b.location.line ?? Number.POSITIVE_INFINITY) ||
    0;
}

/** A batch that is not a list of `{ response, location }` records is the plugin's bug: say so, with its name. */
function checkBatch(source: string, batch: unknown): asserts batch is readonly SourceRecord[] {
  const problem = !Array.isArray(batch)
    ? `yielded ${typeof batch} instead of an array of records`
    : batch.some((record) => typeof record !== "object" || record === null || !("response" in record))
      ? "yielded a record without a `response` (records are { response, location, raw })"
      : undefined;
  if (problem !== undefined) throw new PluginError(source, "read", new Error(problem));
}

/** Histograms pushed down must answer the query asked, or they would silently merge into the wrong groups. */
function checkPushedDown(source: string, query: AggregateQuery, result: Aggregation): void {
  const asked = JSON.stringify([query.grain, query.timeZone, query.breakdowns]);
  const got = JSON.stringify([result.grain, result.timeZone, result.breakdowns]);
  if (asked !== got) {
    throw new PluginError(
      source,
      "aggregate",
      new Error(`returned histograms for ${got}, but the query asked for ${asked}`),
    );
  }
}
