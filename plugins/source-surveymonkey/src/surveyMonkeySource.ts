import {
  defineSource,
  InputError,
  resolveTimeZone,
  type SourceContext,
  type SourceRecord,
} from "@npskit/core";
import { type CsvProblem, type CsvRow, readCsvRows } from "@npskit/source-csv";
import { detectExportFormat } from "./detectExportFormat.js";
import { planExport } from "./planExport.js";
import { readXlsxRows } from "./readXlsxRows.js";
import { readSurveyMonkeyHeader, type SurveyMonkeyHeader } from "./surveyMonkeyHeader.js";
import {
  type ResolvedSurveyMonkeyOptions,
  resolveSurveyMonkeyOptions,
  type SurveyMonkeyOptions,
} from "./surveyMonkeyOptions.js";
import type { MappedRow } from "./surveyMonkeyRowMapper.js";

/** The source's plugin name, also written into each response's `source`. */
const NAME = "npskit:surveymonkey";
/** Data rows looked at before reading starts: to find the NPS question by its answers and their coding. */
const SAMPLE_ROWS = 10_000;

/**
 * The SurveyMonkey source: reads an "All responses data" export, CSV or XLSX, condensed or expanded columns,
 * actual answer text or numerical values. Builds a model of the questions from the two header rows, finds the
 * NPS question (by the `npsQuestion` option, its text, or its 0–10 answers) and its comment box, and maps each
 * respondent to a response: Respondent ID → `id`, the NPS answer → `score` (a skipped question is unanswered,
 * never a detractor), End Date → `submittedAt` in the time zone, e-mail and name → `respondent`, chosen
 * questions and Custom Data columns → `segments`. Every data row is a record: a candidate response, or a
 * rejection with its line and column (`Extremely likely - 11`, `abc`, a broken date or CSV record).
 *
 * @example
 * import surveyMonkey from "@npskit/source-surveymonkey";
 * export default defineConfig({
 *   sources: [surveyMonkey({ path: "exports/acme.xlsx", segments: ["Which region are you in?"], segmentNames: { "Which region are you in?": "region" } })],
 * });
 */
export const surveyMonkey = defineSource((options: SurveyMonkeyOptions) => {
  const resolved = resolveSurveyMonkeyOptions(options);
  return {
    name: NAME,
    read: (ctx) => readResponses(resolved, ctx),
  };
});

async function* readResponses(
  options: ResolvedSurveyMonkeyOptions,
  ctx: SourceContext,
): AsyncGenerator<SourceRecord[]> {
  const file = options.path;
  const timeZone = options.timeZone ?? resolveTimeZone(ctx.timeZone);
  const format = options.format === "auto" ? await detectExportFormat(file) : options.format;
  if (ctx.signal.aborted) return;
  const problems: CsvProblem[] = [];
  let progress: { bytes: number; totalBytes?: number } = { bytes: 0 };
  const onProgress = (update: { bytes: number; totalBytes?: number }) => {
    progress = update;
  };
  const rows =
    format === "xlsx"
      ? readXlsxRows(file, { sheet: options.sheet, signal: ctx.signal, onProgress })
      : readCsvRows(file, {
          ...(options.encoding !== undefined && { encoding: options.encoding }),
          ...(options.delimiter !== undefined && { delimiter: options.delimiter }),
          signal: ctx.signal,
          onMalformed: (problem) => problems.push(problem),
          onProgress,
          onDialect: (d) =>
            ctx.logger.info(
              `${file}: CSV, encoding ${d.encoding}${d.bom ? " with a byte order mark" : ""}, ` +
                `delimiter ${d.delimiter === "\t" ? "tab" : JSON.stringify(d.delimiter)}`,
            ),
        });
  if (format === "xlsx") ctx.logger.info(`${file}: XLSX, sheet ${JSON.stringify(options.sheet ?? 1)}`);

  const headerRows: CsvRow[] = [];
  let header: SurveyMonkeyHeader | undefined;
  let mapRow: ((row: CsvRow) => MappedRow) | undefined;
  let sample: CsvRow[] = [];
  let batch: SourceRecord[] = [];
  let records = 0;
  let rejected = 0;

  // XLSX rows come as wide as the sheet's used range; CSV rows as written (a short one is an error there).
  const fit = (row: CsvRow): CsvRow =>
    format === "xlsx" && header !== undefined && row.fields.length < header.width
      ? {
          line: row.line,
          fields: [...row.fields, ...new Array<string>(header.width - row.fields.length).fill("")],
        }
      : row;
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
    mapRow = planExport({
      header: header!,
      sample: sample.map((row) => row.fields),
      options,
      timeZone,
      logger: ctx.logger,
      source: NAME,
    });
    for (const row of sample) add(row);
    sample = [];
  };
  const reportProblems = () => {
    for (const problem of problems) {
      const secondHeaderLine = headerRows[1]?.line;
      if (secondHeaderLine === undefined || problem.line <= secondHeaderLine)
        throw headerError(file, problem);
      records += 1;
      rejected += 1;
      ctx.reject(problem.text, problem.reason, { file, line: problem.line });
    }
    problems.length = 0;
  };

  for await (const chunk of rows) {
    for (const row of chunk) {
      if (header === undefined) {
        // Blank lines above the header (a hand-edited file) are not header rows.
        if (headerRows.length === 0 && row.fields.every((field) => field.trim() === "")) continue;
        headerRows.push(row);
        if (headerRows.length === 2) {
          header = readSurveyMonkeyHeader(headerRows[0]!.fields, headerRows[1]!.fields, file);
        }
      } else if (mapRow !== undefined) add(fit(row));
      else {
        sample.push(fit(row));
        if (sample.length >= SAMPLE_ROWS) startMapping();
      }
    }
    if (header !== undefined) reportProblems();
    // Chunks hold thousands of rows: hand them on in batches of `batchSize`, keeping the rest.
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
  reportProblems();
  if (header === undefined) {
    const what = headerRows.length === 0 ? "is empty" : "has only one row";
    throw new InputError(
      `${file} ${what}: a SurveyMonkey export starts with two header rows (question texts, then sub-headers)`,
      { location: { file } },
    );
  }
  if (mapRow === undefined) startMapping();
  for (let start = 0; start < batch.length; start += options.batchSize) {
    if (ctx.signal.aborted) return;
    yield batch.slice(start, start + options.batchSize);
  }
  if (ctx.signal.aborted) return;
  ctx.progress({ ...progress, records });
  ctx.logger.info(`${file}: ${records} records read, ${rejected} rejected while reading`);
}

/** A broken record among the header rows leaves no header to read the rest by. */
function headerError(file: string, problem: CsvProblem): InputError {
  return new InputError(`${file}:${problem.line}: cannot read the header rows: ${problem.reason}`, {
    location: { file, line: problem.line },
  });
}
