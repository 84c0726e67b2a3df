import { basename } from "node:path";
import {
  defineSource,
  InputError,
  resolveTimeZone,
  type SourceContext,
  type SourceRecord,
} from "@npskit/core";
import { type CsvOptions, type ResolvedCsvOptions, resolveCsvOptions } from "./csvOptions.js";
import { readCsvRows } from "./csvReader.js";
import type { CsvProblem, CsvRow } from "./csvRow.js";
import { describeInput } from "./describeInput.js";
import { type HeaderMapping, mapHeader } from "./headerMapping.js";
import { createDateTimeParser } from "./parseDateTime.js";
import { resolveDateOrder } from "./resolveDateOrder.js";
import { createRowMapper, type MappedRow } from "./rowMapper.js";

/** The source's plugin name, also written into each response's `source`. */
const NAME = "npskit:csv";
/** Data rows looked at to detect the day/month order of slash dates. */
const DATE_SAMPLE_ROWS = 10_000;

/**
 * The CSV source: reads survey responses from a CSV file — Excel (any locale), Google Sheets, survey tools,
 * your own exports. Streams in constant memory; detects the encoding (UTF-8, UTF-16 with a byte order mark,
 * Windows-1251) and the delimiter (`,` `;` tab `|`); finds the id, date, score and comment columns by their
 * usual names (or `columns`); turns other columns into segments. Every data row is accounted for: a
 * candidate response, or a rejection with its line and column (broken quoting, a wrong number of fields, a
 * score of 11, an impossible date). A missing column, or a file whose dates cannot tell day from month, fails
 * before any record is read, with the option to set.
 *
 * @example
 * import csv from "@npskit/source-csv";
 * export default defineConfig({
 *   sources: [csv({ path: "exports/2026-10.csv", columns: { score: "Оценка" }, drivers: ["support", "price"] })],
 * });
 */
export const csv = defineSource((options: CsvOptions) => {
  const resolved = resolveCsvOptions(options);
  return {
    name: NAME,
    read: (ctx) => readResponses(resolved, ctx),
  };
});

async function* readResponses(
  options: ResolvedCsvOptions,
  ctx: SourceContext,
): AsyncGenerator<SourceRecord[]> {
  const file = options.path;
  const timeZone = options.timeZone ?? resolveTimeZone(ctx.timeZone);
  const problems: CsvProblem[] = [];
  let progress: { bytes: number; totalBytes?: number } = { bytes: 0 };
  const rows = readCsvRows(file, {
    ...(options.encoding !== undefined && { encoding: options.encoding }),
    ...(options.delimiter !== undefined && { delimiter: options.delimiter }),
    maxRecordBytes: options.maxRecordBytes,
    signal: ctx.signal,
    onDialect: (dialect) => ctx.logger.info(describeInput(file, dialect)),
    onMalformed: (problem) => problems.push(problem),
    onProgress: (update) => {
      progress = update;
    },
  });

  let mapping: HeaderMapping | undefined;
  let mapRow: ((row: CsvRow) => MappedRow) | undefined;
  let sample: CsvRow[] = [];
  let batch: SourceRecord[] = [];
  let records = 0;
  let rejected = 0;
  let encodingWarned = false;

  const reportProblems = () => {
    for (const problem of problems) {
      if (mapping === undefined) throw headerError(file, problem);
      if (!encodingWarned && problem.reason.startsWith("invalid UTF-8")) {
        encodingWarned = true;
        ctx.logger.warn(
          `${file}: some records are not valid UTF-8: set the encoding option (e.g. "windows-1251")`,
        );
      }
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
  const startMapping = (header: HeaderMapping) => {
    const dateAt = header.fields.submittedAt!;
    const dateOrder =
      options.dateOrder ??
      resolveDateOrder({
        file,
        column: header.names[dateAt]!,
        values: sample.map((row) => row.fields[dateAt] ?? ""),
        logger: ctx.logger,
      });
    const parseDate = createDateTimeParser({ timeZone, dateOrder });
    mapRow = createRowMapper({
      mapping: header,
      file,
      idPrefix: basename(file),
      parseDate,
      source: NAME,
    });
    for (const row of sample) add(row);
    sample = [];
  };

  for await (const chunk of rows) {
    let from = 0;
    if (mapping === undefined && chunk.length > 0) {
      const first = chunk[0]!;
      const broken = problems.find((problem) => problem.line < first.line);
      if (broken !== undefined) throw headerError(file, broken);
      mapping = mapHeader(first.fields, options, file, first.line);
      ctx.logger.info(describeInput(file, mapping));
      from = 1;
    }
    reportProblems();
    for (let i = from; i < chunk.length; i++) {
      const row = chunk[i]!;
      if (mapRow !== undefined) add(row);
      else {
        sample.push(row);
        if (sample.length >= DATE_SAMPLE_ROWS) startMapping(mapping!);
      }
    }
    // The reader's chunks hold thousands of rows: hand them on in batches of `batchSize`, keeping the rest.
    if (batch.length >= options.batchSize) {
      let start = 0;
      for (; batch.length - start >= options.batchSize; start += options.batchSize) {
        if (ctx.signal.aborted) return;
        yield batch.slice(start, start + options.batchSize);
      }
      batch = batch.slice(start);
      ctx.progress({ ...progress, records });
    }
  }
  if (ctx.signal.aborted) return;
  if (mapping === undefined) {
    reportProblems(); // a file of broken records only: fails on the first one
    throw new InputError(`${file} is empty: it has no header row`, { location: { file } });
  }
  if (mapRow === undefined) startMapping(mapping);
  reportProblems();
  for (let start = 0; start < batch.length; start += options.batchSize) {
    if (ctx.signal.aborted) return;
    yield batch.slice(start, start + options.batchSize);
  }
  if (ctx.signal.aborted) return;
  ctx.progress({ ...progress, records });
  ctx.logger.info(`${file}: ${records} records read, ${rejected} rejected while reading`);
}

/** A file whose first record is broken has no usable header. */
function headerError(file: string, problem: CsvProblem): InputError {
  return new InputError(`${file}:${problem.line}: cannot read the header row: ${problem.reason}`, {
    location: { file, line: problem.line },
  });
}
