import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { stat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { extname } from "node:path";
import { Worker } from "node:worker_threads";
import {
  type AggregateQuery,
  type Aggregation,
  Aggregator,
  type Logger,
  type SourceContext,
} from "@npskit/core";
import { chunkBoundaries } from "./chunkBoundaries.js";
import type { ResolvedCsvOptions } from "./csvOptions.js";
import { type CsvDialect, readCsvRows } from "./csvReader.js";
import { describeInput } from "./describeInput.js";
import { ChunkScanner, type ReadAt } from "./fastChunkScanner.js";
import type { ChunkOutcome, ChunkTask, ScanSetup } from "./fastChunkTypes.js";
import { type HeaderMapping, mapHeader } from "./headerMapping.js";
import { resolveDateOrder } from "./resolveDateOrder.js";

/** What {@link aggregateCsvFast} reads and how. */
export interface FastAggregateInput {
  /** Absolute path of the file. */
  readonly file: string;
  readonly options: ResolvedCsvOptions;
  /** Time zone of dates written without an offset. */
  readonly dateTimeZone: string;
  readonly query: AggregateQuery;
  readonly ctx: SourceContext;
  /** Data rows that decide the day/month order, as the row-by-row path samples them. */
  readonly dateSampleRows: number;
  readonly source: string;
  /** Smaller chunks and read windows than the defaults, for tests that put boundaries everywhere. */
  readonly tuning?: {
    readonly chunkBytes?: number;
    readonly windowBytes?: number;
    /** Smallest file read with workers. */
    readonly parallelFromBytes?: number;
  };
}

/** The worker's module: its compiled JavaScript, or its TypeScript source under a test runner. */
const workerScript = new URL(`./fastWorker${extname(import.meta.url)}`, import.meta.url);

/**
 * Starts a worker on {@link workerScript}, which waits for its work (see fastWorker.ts); a TypeScript one
 * goes through tsx's loader (tests only).
 */
function startWorker(): StartedWorker {
  // Resolved from the working folder: the package's, where its test runner starts.
  const boot = `import("tsx/esm/api").then((api) => { api.register(); return import(${JSON.stringify(workerScript.href)}); })`;
  const worker = workerScript.pathname.endsWith(".ts")
    ? new Worker(boot, { eval: true })
    : new Worker(workerScript);
  // Listened to from the start: a worker that fails while the head is read must not crash the process.
  const finished = new Promise<void>((resolve, reject) => {
    worker.once("error", reject);
    worker.once("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`a CSV reader thread stopped with exit code ${code}`)),
    );
  });
  // Awaited by countChunks when the workers get work; when the file is declined they are only terminated.
  finished.catch(() => {});
  return { worker, finished };
}

/** A worker and the promise of its end (rejected when it fails or is terminated). */
interface StartedWorker {
  readonly worker: Worker;
  readonly finished: Promise<void>;
}

/** Chunks per thread, at least: small enough that a slow chunk does not leave the other threads idle. */
const CHUNKS_PER_THREAD = 4;
const MAX_CHUNK_BYTES = 8 << 20;
/** Bytes looked at for slash dates: 10,000 rows of a usual export, and more. */
const SAMPLE_BYTES = 4 << 20;
/** Files smaller than this are counted on the calling thread alone: starting a worker costs more. */
const PARALLEL_FROM_BYTES = 4 << 20;
const MAX_THREADS = 8;

/**
 * The CSV source's `aggregate` hook: counts a UTF-8 file into histograms in parallel, in flat memory, without
 * turning rows into objects (see fastChunkScanner.ts for the trick). It gives exactly what reading the file
 * row by row and counting the responses gives — the same histograms, the same rejections with the same
 * reasons and lines, the same accounting — or `null`, and then the pipeline reads the file row by row:
 * for another encoding, a header it cannot read, irregular quoting, invalid UTF-8, over 10,000 rejections in
 * a chunk, or ids it cannot show to be unique (only increasing whole numbers are; duplicates need the
 * row-by-row path's tracker). Nothing reaches `ctx` (rejections, logs) until the answer is certain.
 */
export async function aggregateCsvFast(input: FastAggregateInput): Promise<Aggregation | null> {
  const { file, options, ctx, query } = input;
  const logs: [keyof Logger, string][] = [];
  const logger: Logger = {
    debug: (message) => logs.push(["debug", message]),
    info: (message) => logs.push(["info", message]),
    warn: (message) => logs.push(["warn", message]),
    error: (message) => logs.push(["error", message]),
  };
  const declined = (reason: string) => {
    ctx.logger.debug(`${file}: read row by row: ${reason}`);
    return null;
  };

  // A response sample (a report's comments) and filters need rows: the row-by-row path gives them.
  if (query.sample !== undefined) return declined("the query asks for a sample of responses");
  if (query.filters !== undefined && Object.keys(query.filters).length > 0)
    return declined("the query filters by segment");
  // The workers start first: loading their modules takes about as long as reading the head does.
  const threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), MAX_THREADS));
  const size = await stat(file).then(
    (found) => found.size,
    () => 0,
  );
  const parallelFrom = input.tuning?.parallelFromBytes ?? PARALLEL_FROM_BYTES;
  const workers = size >= parallelFrom ? Array.from({ length: threads - 1 }, startWorker) : [];
  try {
    return await countFile(input, workers, threads, logger, logs, declined);
  } finally {
    for (const { worker } of workers) void worker.terminate();
  }
}

/** {@link aggregateCsvFast} once its workers are starting. */
async function countFile(
  input: FastAggregateInput,
  workers: readonly StartedWorker[],
  threads: number,
  logger: Logger,
  logs: [keyof Logger, string][],
  declined: (reason: string) => null,
): Promise<Aggregation | null> {
  const { file, options, ctx, query } = input;
  // The header only, at first: the day/month order is decided below, from the first rows' bytes when they
  // hold no slash date (the usual case), else from the row-by-row reader's own sample.
  let head = await readHead(input, logger, false).catch(() => null);
  if (head === null) return declined("the head of the file is for the row-by-row reader to report");
  if (head.dialect.encoding !== "utf-8") return declined(`the encoding is ${head.dialect.encoding}`);
  const dimensions = [...new Set(query.breakdowns.flat())];
  const fd = openSync(file, "r");
  let outcomes: Placed[];
  let setup: ScanSetup;
  try {
    const readAt: ReadAt = (buffer, offset, length, position) =>
      readSync(fd, buffer, offset, length, position);
    const { size: fileSize } = fstatSync(fd);
    setup = {
      file,
      fileSize,
      delimiter: head.dialect.delimiter.charCodeAt(0),
      mapping: head.mapping,
      dateOrder: head.dateOrder,
      dateTimeZone: input.dateTimeZone,
      grain: query.grain,
      timeZone: query.timeZone,
      dimensions,
      maxRecordBytes: options.maxRecordBytes,
      source: input.source,
      ...(input.tuning?.windowBytes !== undefined && { windowBytes: input.tuning.windowBytes }),
    };
    let main = new ChunkScanner(setup);
    const start = dataStart(main, readAt, head, fileSize, options.maxRecordBytes);
    if (start === null) return declined("its header record is not plain RFC 4180");
    if (options.dateOrder === undefined && mayHoldSlashDates(main, readAt, head, start.offset, input)) {
      head = await readHead(input, logger, true).catch(() => null);
      if (head === null) return declined("the head of the file is for the row-by-row reader to report");
      setup = { ...setup, dateOrder: head.dateOrder };
      main = new ChunkScanner(setup);
    }
    const chunkBytes =
      input.tuning?.chunkBytes ??
      Math.max(
        2 * options.maxRecordBytes + 1,
        Math.min(MAX_CHUNK_BYTES, Math.ceil((fileSize - start.offset) / (threads * CHUNKS_PER_THREAD))),
      );
    const tasks = chunkBoundaries(fd, start.offset, fileSize, chunkBytes);
    const counted = await countChunks(setup, tasks, main, readAt, workers, ctx);
    outcomes = settle(tasks, counted, main, readAt, start.line);
  } finally {
    closeSync(fd);
  }

  const irregular = outcomes.find((placed) => placed.outcome.irregular !== null);
  if (irregular !== undefined) return declined(irregular.outcome.irregular!);
  let lastId = -1;
  for (const { outcome } of outcomes) {
    if (!outcome.idsIncreasing || (outcome.ids !== null && outcome.ids.first <= lastId))
      return declined("its ids are not increasing whole numbers, so duplicates must be looked for");
    if (outcome.ids !== null) lastId = outcome.ids.last;
  }

  // Certain now: replay the logs of the head, then hand over the rejections and the histograms.
  ctx.logger.info(describeInput(file, head.dialect));
  ctx.logger.info(describeInput(file, head.mapping));
  for (const [level, message] of logs) ctx.logger[level](message);
  const aggregator = new Aggregator({
    grain: query.grain,
    timeZone: query.timeZone,
    breakdowns: query.breakdowns,
  });
  let records = 0;
  let rejectedWhileReading = 0;
  for (const { outcome, thread, line } of outcomes) {
    records += outcome.records;
    for (const rejection of outcome.rejections) {
      if (rejection.stage === "read") rejectedWhileReading += 1;
      ctx.reject(rejection.raw, rejection.reason, {
        ...rejection.location,
        line: line + rejection.location.line,
      });
    }
    for (const cell of outcome.cells) {
      const segments: Record<string, string> = {};
      dimensions.forEach((dimension, d) => {
        const value = cell[1 + d]!;
        if (value >= 0) segments[dimension] = thread.values[d]![value]!;
      });
      const at = 1 + dimensions.length;
      const histogram = { counts: cell.slice(at, at + 11), unanswered: cell[at + 11]! };
      aggregator.addHistogramAt(thread.periods[cell[0]!]!.millis, histogram, segments);
    }
  }
  ctx.progress({ bytes: setup.fileSize, totalBytes: setup.fileSize, records });
  ctx.logger.info(`${file}: ${records} records read, ${rejectedWhileReading} rejected while reading`);
  return aggregator.result();
}

/** What the row-by-row path decides from the head of a file, decided the same way. */
interface Head {
  readonly dialect: CsvDialect;
  readonly mapping: HeaderMapping;
  readonly dateOrder: ScanSetup["dateOrder"];
}

/**
 * The encoding, delimiter, header mapping and date order, with the row-by-row reader itself on the first
 * rows; null when that reader finds a problem there (then it is the one to report it).
 */
async function readHead(
  input: FastAggregateInput,
  logger: Logger,
  sampleDates: boolean,
): Promise<Head | null> {
  const { file, options, ctx } = input;
  let dialect: CsvDialect | undefined;
  let broken = false;
  let mapping: HeaderMapping | undefined;
  const dates: string[] = [];
  const rows = readCsvRows(file, {
    ...(options.encoding !== undefined && { encoding: options.encoding }),
    ...(options.delimiter !== undefined && { delimiter: options.delimiter }),
    maxRecordBytes: options.maxRecordBytes,
    signal: ctx.signal,
    onDialect: (found) => {
      dialect = found;
    },
    onMalformed: () => {
      broken = true;
    },
  });
  reading: for await (const batch of rows) {
    if (broken) return null;
    for (const row of batch) {
      if (mapping === undefined) {
        mapping = mapHeader(row.fields, options, file, row.line);
        if (!sampleDates) break reading;
        continue;
      }
      if (dates.length >= input.dateSampleRows) break reading;
      dates.push(row.fields[mapping.fields.submittedAt!] ?? "");
    }
  }
  if (broken || dialect === undefined || mapping === undefined) return null;
  const dateOrder =
    options.dateOrder ??
    (sampleDates
      ? resolveDateOrder({ file, column: mapping.names[mapping.fields.submittedAt!]!, values: dates, logger })
      : undefined);
  return { dialect, mapping, dateOrder };
}

/** Where the data rows start: the byte after the header record, and that byte's line. */
function dataStart(
  scanner: ChunkScanner,
  readAt: ReadAt,
  head: Head,
  fileSize: number,
  maxRecordBytes: number,
): { offset: number; line: number } | null {
  // Room for blank lines and the longest header record the row-by-row reader would take.
  const bytes = Buffer.allocUnsafe(Math.min(fileSize, 2 * maxRecordBytes + 65_536) + 1);
  const length = readAt(bytes, 0, bytes.length - 1, 0);
  bytes[length] = 10; // parseRecord's sentinel
  let at = head.dialect.bom ? 3 : 0;
  let line = 1;
  for (;;) {
    const end = scanner.parseRecord(bytes, at, length, length === fileSize);
    if (end < 0) return null;
    const fields = scanner.fieldCount;
    for (let i = at; i < end; i++) if (bytes[i] === 10) line += 1;
    at = end;
    if (fields === 0) continue; // an empty line above the header
    return fields === head.mapping.names.length ? { offset: at, line } : null;
  }
}

/**
 * Whether the date cells of the first `dateSampleRows` records — the rows the row-by-row path decides the
 * day/month order from — may hold a slash date: any `/` in them, or records this cannot read. When none
 * does, that order is moot (the row-by-row path finds no slash date either).
 */
function mayHoldSlashDates(
  scanner: ChunkScanner,
  readAt: ReadAt,
  head: Head,
  from: number,
  input: FastAggregateInput,
): boolean {
  const bytes = Buffer.allocUnsafe(SAMPLE_BYTES + 1);
  const length = readAt(bytes, 0, SAMPLE_BYTES, from);
  bytes[length] = 10; // parseRecord's sentinel
  const atEnd = length < SAMPLE_BYTES;
  const dateAt = head.mapping.fields.submittedAt!;
  let rows = 0;
  for (let at = 0; rows < input.dateSampleRows && at < length; ) {
    const end = scanner.parseRecord(bytes, at, length, atEnd);
    if (end < 0) return true;
    if (scanner.fieldCount > 0) {
      rows += 1;
      if (scanner.fieldCount > dateAt && bytes.subarray(...scanner.fieldAt(dateAt)).includes(47)) return true;
    }
    at = end;
  }
  return rows < input.dateSampleRows && !atEnd;
}

/** A chunk's final outcome, the lists its cells refer to, and the line its start is on. */
interface Placed {
  readonly outcome: ChunkOutcome;
  readonly thread: ThreadLists;
  readonly line: number;
}

/** The periods and dimension values one thread has numbered, rebuilt from its outcomes' additions. */
interface ThreadLists {
  readonly periods: { readonly key: string; readonly millis: number }[];
  readonly values: string[][];
}

function receive(lists: ThreadLists, outcome: ChunkOutcome): void {
  lists.periods.push(...outcome.newPeriods);
  outcome.newValues.forEach((values, d) => {
    lists.values[d]!.push(...values);
  });
}

/**
 * Counts every chunk once, speculatively, on this thread and `threads - 1` workers. Threads claim chunks
 * through a shared counter, so none waits for another to hand out work.
 */
async function countChunks(
  setup: ScanSetup,
  tasks: readonly ChunkTask[],
  main: ChunkScanner,
  readAt: ReadAt,
  workers: readonly StartedWorker[],
  ctx: SourceContext,
): Promise<Counted> {
  const counted: { outcome: ChunkOutcome; thread: ThreadLists }[] = [];
  const mainLists: ThreadLists = { periods: [], values: setup.dimensions.map(() => []) };
  const next = new Int32Array(new SharedArrayBuffer(4));
  let records = 0;
  let bytes = 0;
  const take = (outcome: ChunkOutcome, lists: ThreadLists) => {
    receive(lists, outcome);
    counted[outcome.index] = { outcome, thread: lists };
    records += outcome.records;
    const task = tasks[outcome.index]!;
    bytes += task.ownedEnd - task.start;
    ctx.progress({ bytes, totalBytes: setup.fileSize, records });
  };

  for (const { worker } of workers) {
    const lists: ThreadLists = { periods: [], values: setup.dimensions.map(() => []) };
    worker.on("message", (outcome: ChunkOutcome) => take(outcome, lists));
    worker.postMessage({ setup, tasks, next });
  }
  const finished = workers.map((started) => started.finished);
  const stop = () => {
    for (const { worker } of workers) void worker.terminate();
  };
  ctx.signal.addEventListener("abort", stop, { once: true });
  try {
    for (let index = Atomics.add(next, 0, 1); index < tasks.length; index = Atomics.add(next, 0, 1)) {
      take(main.scan(tasks[index]!, readAt), mainLists);
      // Let the workers' outcomes in, and an abort.
      await new Promise((resolve) => setImmediate(resolve));
      ctx.signal.throwIfAborted();
    }
    await Promise.all(finished);
    ctx.signal.throwIfAborted();
  } catch (error) {
    stop();
    throw error;
  } finally {
    ctx.signal.removeEventListener("abort", stop);
  }
  return { outcomes: counted, mainLists };
}

/** Every chunk's speculative outcome, and the lists of this thread's scanner. */
interface Counted {
  readonly outcomes: readonly { outcome: ChunkOutcome; thread: ThreadLists }[];
  readonly mainLists: ThreadLists;
}

/**
 * Keeps each chunk's speculative outcome when its start was a record start — the double quotes before it are
 * even, as in a well-formed file every quote opens, closes or doubles — and reads the others again on this
 * thread, from where the record before them ended. Also places each chunk on its line.
 */
function settle(
  tasks: readonly ChunkTask[],
  counted: Counted,
  main: ChunkScanner,
  readAt: ReadAt,
  firstLine: number,
): Placed[] {
  const placed: Placed[] = [];
  let quotes = 0;
  let line = firstLine;
  for (const task of tasks) {
    const first = counted.outcomes[task.index]!;
    const previous = placed.at(-1);
    const inside = quotes % 2 === 1;
    if (previous === undefined || (!inside && first.outcome.startedInside === null)) {
      placed.push({ ...first, line });
    } else if (!inside) {
      // The start was a record start after all, and what broke there is really broken.
      placed.push({ ...first, line, outcome: { ...first.outcome, irregular: first.outcome.startedInside } });
    } else if (first.outcome.startedInside !== null && first.outcome.start === previous.outcome.end) {
      // Read from the right place already: where the previous chunk's last record ended.
      placed.push({ ...first, line });
    } else {
      // The chunk starts inside a quoted field: its records start where the previous chunk's last one ended.
      const start = previous.outcome.end;
      const outcome = main.scan({ index: task.index, start, ownedEnd: task.ownedEnd }, readAt);
      receive(counted.mainLists, outcome);
      placed.push({ outcome, thread: counted.mainLists, line: line + previous.outcome.tailNewlines });
    }
    quotes += first.outcome.quotes;
    line += first.outcome.newlines;
  }
  return placed;
}
