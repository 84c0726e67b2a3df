/**
 * The plugin contracts: what a source or an output plugin is, when each hook runs, and what its return
 * values mean. Built-in plugins use exactly these types — there is no private back door — so anything a
 * built-in can do, a user's plugin can do too.
 *
 * A plugin is made by a factory that takes options and returns a plain object with a namespaced `name`
 * ("npskit:csv", "acme:crm") and hooks. Plugins run in the order the config lists them.
 */
import type { Aggregation, Breakdown } from "./aggregation.js";
import type { ErrorLocation } from "./errors.js";
import type { Logger } from "./logger.js";
import type { Period, PeriodGrain } from "./period.js";

/** One record read by a source, before validation. */
export interface SourceRecord {
  /**
   * The candidate response, already mapped by the source to the response format (`response.schema.json`).
   * The pipeline validates it; an invalid one is rejected with `location`, never dropped.
   */
  readonly response: unknown;
  /** Where the record is (file and line, or delivery id): shown in rejections and the quarantine file. */
  readonly location: ErrorLocation;
  /** The record as read (the CSV fields, the JSON payload), kept in the quarantine file if it is rejected. */
  readonly raw?: unknown;
}

/** Progress of a source, for the progress display on a TTY. Any member may be omitted. */
export interface SourceProgress {
  /** Bytes read so far. */
  readonly bytes?: number;
  /** Total bytes, when known (file size). */
  readonly totalBytes?: number;
  /** Records read so far. */
  readonly records?: number;
}

/** What a source's hooks receive from the pipeline. */
export interface SourceContext {
  /** Aborted when the user interrupts or another source fails: stop reading and return promptly. */
  readonly signal: AbortSignal;
  readonly logger: Logger;
  /** The config's IANA time zone: read local date-times without an offset in this zone. */
  readonly timeZone: string;
  /**
   * Absolute folder that relative paths in the source's options are read from: the config file's folder
   * (so a config works wherever npskit is started from), else the working directory. Resolve your own
   * paths against it: `resolve(ctx.baseDir, options.path)`.
   */
  readonly baseDir: string;
  /**
   * Reports a record the source itself cannot turn into a candidate response (a broken CSV line, an
   * unsupported payload). It is counted as rejected and written to the quarantine file with `reason`.
   */
  reject(raw: unknown, reason: string, location: ErrorLocation): void;
  /** Reports progress; cheap to call often. */
  progress(update: SourceProgress): void;
}

/** A request for histograms computed where the data live (a SQL `GROUP BY`), instead of reading rows. */
export interface AggregateQuery {
  readonly grain: PeriodGrain;
  /** IANA time zone of the calendar periods. */
  readonly timeZone: string;
  /** Breakdowns wanted; the overall total `[]` is always included. */
  readonly breakdowns: readonly Breakdown[];
  /** First period wanted (inclusive); all history when absent. */
  readonly from?: Period;
  /** Last period wanted (inclusive); up to the latest when absent. */
  readonly to?: Period;
  /**
   * Count only responses whose segment `dimension` equals the value (all must match): a report's scope.
   * A response without the dimension never matches. @default {} (everyone)
   */
  readonly filters?: Readonly<Record<string, string>>;
  /**
   * When present, also return {@link AggregateResult.sample}: up to `perPeriod` whole responses of each
   * period (those with a comment first, then newest first, then by id), for comment samples, themes and
   * follow-up lists. A source that cannot sample returns `null`, and the pipeline reads its rows instead.
   */
  readonly sample?: AggregateSample;
}

/** The response sample an {@link AggregateQuery} asks for. */
export interface AggregateSample {
  /** Most responses returned per period. */
  readonly perPeriod: number;
  /**
   * Sample only this period and later ones (a report needs its own period and the one before); the
   * histograms still cover every period. @default every period
   */
  readonly from?: Period;
}

/** One response of {@link AggregateResult.sample}: a candidate response and where it is, as `read` yields them. */
export type SampledRecord = SourceRecord;

/**
 * What `aggregate` returns: the histograms, plus the response sample when the query asked for one. An
 * `Aggregation` alone is a valid result for a query without `sample` (so older sources keep working).
 */
export interface AggregateResult extends Aggregation {
  /** The responses sampled for `query.sample`, in any order; validated by the pipeline like read records. */
  readonly sample?: readonly SampledRecord[];
}

/**
 * A source of survey responses. It implements `read`, `aggregate`, or both.
 *
 * @example
 * export default defineSource((options: { url: string }) => ({
 *   name: "acme:crm",
 *   async *read(ctx) { for await (const page of fetchPages(options.url, ctx.signal)) yield page.map(toRecord); },
 * }));
 */
export interface SourcePlugin {
  /** Namespaced name, e.g. "npskit:csv": shown in logs, errors and the data-quality section. */
  readonly name: string;
  /**
   * Runs once per report build (and per `validate`), after the config is resolved. Yields batches of records
   * in any size that suits the source; the pipeline validates and counts every record. Must stop when
   * `ctx.signal` is aborted. Errors thrown here fail the build and are reported with the plugin's name.
   */
  read?(ctx: SourceContext): AsyncIterable<readonly SourceRecord[]>;
  /**
   * Runs before `read`, when present. Returns the histograms for `query`, computed where the data live, or
   * `null` when this query cannot be pushed down (the pipeline then falls back to `read`) — including when it
   * asks for a `sample` or `filters` the source cannot provide, or when some rows could not be counted
   * (a score outside 0–10, no date): `read` rejects those with their locations.
   */
  aggregate?(query: AggregateQuery, ctx: SourceContext): Promise<AggregateResult | null>;
}

/** What an output's `write` receives besides the report. */
export interface OutputContext {
  /** Absolute folder where outputs go; the output chooses file names within it. */
  readonly outDir: string;
  readonly signal: AbortSignal;
  readonly logger: Logger;
}

/** What an output wrote, for the CLI summary and CI outputs. */
export interface OutputResult {
  /** Absolute paths of the files written. */
  readonly files: readonly string[];
}

/**
 * A consumer of the finished report: HTML, PDF, JSON, Markdown, or the user's own (a chat message, an upload).
 * `Report` is the report document type; it defaults to `unknown` so that an output can be written against
 * any version of it and check what it reads.
 */
export interface OutputPlugin<Report = unknown> {
  /** Namespaced name, e.g. "npskit:pdf". */
  readonly name: string;
  /**
   * Runs once per report, after analysis, in config order. Returns the files written, or `void` when the
   * output writes no files. Errors thrown here fail the build and are reported with the plugin's name.
   */
  write(report: Report, ctx: OutputContext): Promise<OutputResult | undefined>;
}

/** A function that makes a source from its options: what a source package exports. */
export type SourceFactory<Options = void> = (options: Options) => SourcePlugin;

/** A function that makes an output from its options. */
export type OutputFactory<Options = void, Report = unknown> = (options: Options) => OutputPlugin<Report>;
