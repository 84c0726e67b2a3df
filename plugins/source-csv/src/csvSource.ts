import { basename, resolve } from "node:path";
import {
  defineSource,
  InputError,
  resolveTimeZone,
  type SourceContext,
  type SourceRecord,
} from "@npskit/core";
import { type CsvOptions, type ResolvedCsvOptions, resolveCsvOptions } from "./csvOptions.js";
import { readCsvRows } from "./csvReader.js";
import type { CsvProblem } from "./csvRow.js";
import { describeInput } from "./describeInput.js";
import { aggregateCsvFast } from "./fastAggregate.js";
import { type HeaderMapping, mapHeader } from "./headerMapping.js";
import { createDateTimeParser } from "./parseDateTime.js";
import { readRowRecords } from "./readRowRecords.js";
import { resolveDateOrder } from "./resolveDateOrder.js";
import { createRowMapper } from "./rowMapper.js";

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
    aggregate: (query, ctx) =>
      aggregateCsvFast({
        file: resolve(ctx.baseDir, resolved.path),
        options: resolved,
        dateTimeZone: resolved.timeZone ?? resolveTimeZone(ctx.timeZone),
        query,
        ctx,
        dateSampleRows: DATE_SAMPLE_ROWS,
        source: NAME,
      }),
  };
});

async function* readResponses(
  options: ResolvedCsvOptions,
  ctx: SourceContext,
): AsyncGenerator<SourceRecord[]> {
  const file = resolve(ctx.baseDir, options.path);
  const timeZone = options.timeZone ?? resolveTimeZone(ctx.timeZone);
  let encodingWarned = false;
  yield* readRowRecords<HeaderMapping>({
    file,
    ctx,
    batchSize: options.batchSize,
    sampleRows: DATE_SAMPLE_ROWS,
    rows: (events) =>
      readCsvRows(file, {
        ...(options.encoding !== undefined && { encoding: options.encoding }),
        ...(options.delimiter !== undefined && { delimiter: options.delimiter }),
        maxRecordBytes: options.maxRecordBytes,
        signal: ctx.signal,
        onDialect: (dialect) => ctx.logger.info(describeInput(file, dialect)),
        ...events,
      }),
    readHeader: (row, brokenAbove) => {
      // Checked before the row is read as the header: below a broken first record, it is a data row.
      if (brokenAbove !== undefined) throw headerError(file, brokenAbove);
      const mapping = mapHeader(row.fields, options, file, row.line);
      ctx.logger.info(describeInput(file, mapping));
      return mapping;
    },
    plan: (mapping, sample) => {
      const dateAt = mapping.fields.submittedAt!;
      const dateOrder =
        options.dateOrder ??
        resolveDateOrder({
          file,
          column: mapping.names[dateAt]!,
          values: sample.map((row) => row.fields[dateAt] ?? ""),
          logger: ctx.logger,
        });
      const parseDate = createDateTimeParser({ timeZone, dateOrder });
      return createRowMapper({ mapping, file, idPrefix: basename(file), parseDate, source: NAME });
    },
    headerError: (problem) => headerError(file, problem),
    noHeader: () => new InputError(`${file} is empty: it has no header row`, { location: { file } }),
    onProblem: (problem) => {
      if (!encodingWarned && problem.reason.startsWith("invalid UTF-8")) {
        encodingWarned = true;
        ctx.logger.warn(
          `${file}: some records are not valid UTF-8: set the encoding option (e.g. "windows-1251")`,
        );
      }
    },
  });
}

/** A file whose first record is broken has no usable header. */
function headerError(file: string, problem: CsvProblem): InputError {
  return new InputError(`${file}:${problem.line}: cannot read the header row: ${problem.reason}`, {
    location: { file, line: problem.line },
  });
}
