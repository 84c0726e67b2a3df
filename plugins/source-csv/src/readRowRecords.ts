import type { SourceContext, SourceRecord } from "@npskit/core";
import type { CsvReadProgress } from "./csvReader.js";
import type { CsvProblem, CsvRow } from "./csvRow.js";
import type { RowMapper } from "./mappedRow.js";

/** What {@link readRowRecords} hands to the row reader it opens: pass both on as the reader's options. */
export interface RowReadEvents {
  /** Takes each record the reader could not read: it becomes a rejection, or fails the header. */
  readonly onMalformed: (problem: CsvProblem) => void;
  /** Takes the reader's byte count, sent on to `ctx.progress` with the record count. */
  readonly onProgress: (progress: CsvReadProgress) => void;
}

/** Options of {@link readRowRecords}. `Header` is whatever your source makes of its header row(s). */
export interface RowRecordsOptions<Header> {
  /** The file as the user named it: the location of malformed records, and the closing log line. */
  readonly file: string;
  /**
   * Opens the rows, header included, in batches — `readCsvRows(file, { ...events })`, or any reader of the
   * same shape (an XLSX sheet). Called once, when reading starts.
   */
  readonly rows: (events: RowReadEvents) => AsyncIterable<readonly CsvRow[]>;
  /**
   * Offered each row from the top, in order, until it returns the header; `undefined` asks for the next row
   * (a first of two header rows, a blank line above the header). `brokenAbove` is the first record above `row`
   * that the reader could not read, if any: throw when that leaves `row` meaningless (a one-row header whose
   * real first line is broken); otherwise {@link RowRecordsOptions.headerError} is thrown for it as soon as
   * the header is read. May log what it found.
   */
  readonly readHeader: (row: CsvRow, brokenAbove: CsvProblem | undefined) => Header | undefined;
  /** Data rows held back and given to `plan` (or all of them, in a shorter file). */
  readonly sampleRows: number;
  /**
   * Decides, once, how rows are read — from the header and the first `sampleRows` data rows (a date order, an
   * answer coding) — and returns the row mapper. The sample rows are then mapped like all later rows.
   */
  readonly plan: (header: Header, sample: readonly CsvRow[]) => RowMapper;
  /** Records per yielded batch. */
  readonly batchSize: number;
  readonly ctx: SourceContext;
  /** The error for a record that could not be read at or above the header's last row. */
  readonly headerError: (problem: CsvProblem) => Error;
  /** The error for a file that ends before its header is complete (and has no broken record). */
  readonly noHeader: () => Error;
  /** Sees each malformed data record just before it is rejected (to warn about the encoding, say). */
  readonly onProblem?: (problem: CsvProblem) => void;
}

/**
 * The read loop of a source of CSV-shaped rows, for a plugin's `read` hook: it reads the header with
 * `readHeader`, holds back the first `sampleRows` data rows, asks `plan` for the row mapper, and then maps
 * every row, yielding the records in batches of `batchSize`. Every row is accounted for: a row mapper's
 * rejection and a record the reader could not read both go to `ctx.reject` (malformed ones with
 * `{ file, line }`); rows of empty cells are skipped. It reports `ctx.progress` (the reader's bytes and the
 * records so far) after each batch and at the end, stops without yielding more when `ctx.signal` is
 * aborted, and logs `<file>: N records read, M rejected while reading` at info level when done. Throws
 * `headerError` for a broken record at or above the header, `noHeader` for a file without one.
 *
 * @example
 * read: (ctx) => readRowRecords({
 *   file, ctx, batchSize: 1000, sampleRows: 100,
 *   rows: (events) => readCsvRows(file, { signal: ctx.signal, ...events }),
 *   readHeader: (row) => row.fields,
 *   plan: (names) => createCellMapper({ file, names }, (fields, line) => ({ id: `${line}`, score: Number(fields[1]), submittedAt: fields[0] })),
 *   headerError: (problem) => new InputError(`${file}:${problem.line}: cannot read the header row: ${problem.reason}`),
 *   noHeader: () => new InputError(`${file} is empty`),
 * })
 */
export async function* readRowRecords<Header>(
  options: RowRecordsOptions<Header>,
): AsyncGenerator<SourceRecord[]> {
  const { file, sampleRows, plan, batchSize, ctx, headerError, onProblem } = options;
  const problems: CsvProblem[] = [];
  let progress: CsvReadProgress = { bytes: 0 };
  const rows = options.rows({
    onMalformed: (problem) => problems.push(problem),
    onProgress: (update) => {
      progress = update;
    },
  });

  let header: Header | undefined;
  /** Line of the header's last row, once the header is read. */
  let headerLine: number | undefined;
  let mapRow: RowMapper | undefined;
  let sample: CsvRow[] = [];
  let batch: SourceRecord[] = [];
  let records = 0;
  let rejected = 0;

  const offer = (row: CsvRow) => {
    const brokenAbove = problems.find((problem) => problem.line < row.line);
    header = options.readHeader(row, brokenAbove);
    if (header !== undefined) headerLine = row.line;
  };
  const reportProblems = () => {
    for (const problem of problems) {
      // Rows below a broken header record were read by a header that may be wrong: stop rather than guess.
      if (headerLine === undefined || problem.line <= headerLine) throw headerError(problem);
      onProblem?.(problem);
      records += 1;
      rejected += 1;
      ctx.reject(problem.text, problem.reason, { file, line: problem.line });
    }
    problems.length = 0;
  };
  const add = (row: CsvRow) => {
    const result = mapRow!(row);
    if (result === null) return;
    records += 1;
    if ("record" in result) batch.push(result.record);
    else {
      rejected += 1;
      ctx.reject(result.rejection.raw, result.rejection.reason, result.rejection.location);
    }
  };
  const startMapping = () => {
    mapRow = plan(header!, sample);
    for (const row of sample) add(row);
    sample = [];
  };

  for await (const chunk of rows) {
    let i = 0;
    for (; header === undefined && i < chunk.length; i++) offer(chunk[i]!);
    if (header === undefined) continue;
    reportProblems();
    for (; i < chunk.length; i++) {
      const row = chunk[i]!;
      if (mapRow !== undefined) add(row);
      else {
        sample.push(row);
        if (sample.length >= sampleRows) startMapping();
      }
    }
    // A reader's chunks hold thousands of rows: hand them on in batches of `batchSize`, keeping the rest.
    if (batch.length >= batchSize) {
      let start = 0;
      for (; batch.length - start >= batchSize; start += batchSize) {
        if (ctx.signal.aborted) return;
        yield batch.slice(start, start + batchSize);
      }
      batch = batch.slice(start);
      ctx.progress({ ...progress, records });
    }
  }
  if (ctx.signal.aborted) return;
  if (header === undefined) {
    reportProblems(); // a file of broken records only: fails on the first one
    throw options.noHeader();
  }
  if (mapRow === undefined) startMapping();
  reportProblems();
  for (let start = 0; start < batch.length; start += batchSize) {
    if (ctx.signal.aborted) return;
    yield batch.slice(start, start + batchSize);
  }
  if (ctx.signal.aborted) return;
  ctx.progress({ ...progress, records });
  ctx.logger.info(`${file}: ${records} records read, ${rejected} rejected while reading`);
}
