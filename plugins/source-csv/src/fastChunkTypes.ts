import type { ErrorLocation, PeriodGrain } from "@npskit/core";
import type { DateOrder } from "./detectDateOrder.js";
import type { HeaderMapping } from "./headerMapping.js";

/** What every thread of the fast path needs to read chunks of one file: plain data, sent to workers as is. */
export interface ScanSetup {
  /** Absolute path of the file, also the `file` of every location (as the row-by-row path writes it). */
  readonly file: string;
  /** Size of the file in bytes when the read started. */
  readonly fileSize: number;
  /** The field delimiter, as a byte. */
  readonly delimiter: number;
  readonly mapping: HeaderMapping;
  /** Order of slash dates, for the row mapper. */
  readonly dateOrder: DateOrder | undefined;
  /** Time zone of dates written without an offset. */
  readonly dateTimeZone: string;
  /** Grain and time zone of the periods counted. */
  readonly grain: PeriodGrain;
  readonly timeZone: string;
  /** Segment dimensions the breakdowns use: only these are counted by. */
  readonly dimensions: readonly string[];
  readonly maxRecordBytes: number;
  /** The source's name, for the `source` of responses the row mapper builds. */
  readonly source: string;
  /** Bytes read at a time (tests make it small, so that records straddle reads). @default 4 MiB */
  readonly windowBytes?: number;
}

/** One chunk: the records that start in `[start, ownedEnd)`. */
export interface ChunkTask {
  readonly index: number;
  /** A record start, assumed: true unless the quotes before it are odd (then the chunk is read again). */
  readonly start: number;
  readonly ownedEnd: number;
}

/** A row that is not a response, with its line counted from the chunk's start (0 = the start's line). */
export interface ChunkRejection {
  /** Rejected by the row mapper ("read"), or by the response schema ("validate"). */
  readonly stage: "read" | "validate";
  readonly raw: unknown;
  readonly reason: string;
  readonly location: ErrorLocation & { readonly line: number };
}

/** What a thread found in one chunk. Counts are relative to the thread's own period and value lists. */
export interface ChunkOutcome {
  readonly index: number;
  /** Why this chunk cannot be counted from its bytes (the file then goes the row-by-row way), or null. */
  readonly irregular: string | null;
  /** Double quotes and line feeds in `[start, ownedEnd)`, whatever they mean: for the parity check. */
  readonly quotes: number;
  readonly newlines: number;
  /**
   * Where the records read start: the task's start, or — when reading from there broke at once
   * (`startedInside` says how) — where a quoted field's record would end if the start was inside it.
   */
  readonly start: number;
  readonly startedInside: string | null;
  /** File offset just after the last record read, and the line feeds in `[ownedEnd, end)`. */
  readonly end: number;
  readonly tailNewlines: number;
  /** Records (non-blank rows) read: counted or rejected. */
  readonly records: number;
  /** Ids when all ids of the chunk's responses are increasing whole numbers; null when there are none. */
  readonly ids: { readonly first: number; readonly last: number } | null;
  /** False when some id is not a whole number or not greater than the one before. */
  readonly idsIncreasing: boolean;
  /** `[period, value of each dimension (-1 = none)…, counts of scores 0–10, unanswered]` */
  readonly cells: readonly number[][];
  /** Periods and dimension values new to the thread since its last outcome (ids continue the lists). */
  readonly newPeriods: readonly { readonly key: string; readonly millis: number }[];
  readonly newValues: readonly (readonly string[])[];
  readonly rejections: readonly ChunkRejection[];
}
