import { resolve } from "node:path";
import {
  defineSource,
  InputError,
  resolveTimeZone,
  type SourceContext,
  type SourceRecord,
} from "@npskit/core";
import { type CsvProblem, type CsvRow, readCsvRows, readRowRecords } from "@npskit/source-csv";
import { detectExportFormat } from "./detectExportFormat.js";
import { planExport } from "./planExport.js";
import { readXlsxRows } from "./readXlsxRows.js";
import { readSurveyMonkeyHeader, type SurveyMonkeyHeader } from "./surveyMonkeyHeader.js";
import {
  type ResolvedSurveyMonkeyOptions,
  resolveSurveyMonkeyOptions,
  type SurveyMonkeyOptions,
} from "./surveyMonkeyOptions.js";

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
  const file = resolve(ctx.baseDir, options.path);
  const timeZone = options.timeZone ?? resolveTimeZone(ctx.timeZone);
  const format = options.format === "auto" ? await detectExportFormat(file) : options.format;
  if (ctx.signal.aborted) return;
  if (format === "xlsx") ctx.logger.info(`${file}: XLSX, sheet ${JSON.stringify(options.sheet ?? 1)}`);

  const headerRows: CsvRow[] = [];
  yield* readRowRecords<SurveyMonkeyHeader>({
    file,
    ctx,
    batchSize: options.batchSize,
    sampleRows: SAMPLE_ROWS,
    rows: ({ onMalformed, onProgress }) =>
      format === "xlsx"
        ? readXlsxRows(file, { sheet: options.sheet, signal: ctx.signal, onProgress })
        : readCsvRows(file, {
            ...(options.encoding !== undefined && { encoding: options.encoding }),
            ...(options.delimiter !== undefined && { delimiter: options.delimiter }),
            signal: ctx.signal,
            onMalformed,
            onProgress,
            onDialect: (d) =>
              ctx.logger.info(
                `${file}: CSV, encoding ${d.encoding}${d.bom ? " with a byte order mark" : ""}, ` +
                  `delimiter ${d.delimiter === "\t" ? "tab" : JSON.stringify(d.delimiter)}`,
              ),
          }),
    readHeader: (row) => {
      // Blank lines above the header (a hand-edited file) are not header rows.
      if (headerRows.length === 0 && row.fields.every((field) => field.trim() === "")) return undefined;
      headerRows.push(row);
      if (headerRows.length < 2) return undefined;
      return readSurveyMonkeyHeader(headerRows[0]!.fields, headerRows[1]!.fields, file);
    },
    plan: (header, sample) => {
      // XLSX rows come as wide as the sheet's used range; CSV rows as written (a short one is an error there).
      const fit = (row: CsvRow): CsvRow =>
        format === "xlsx" && row.fields.length < header.width
          ? {
              line: row.line,
              fields: [...row.fields, ...new Array<string>(header.width - row.fields.length).fill("")],
            }
          : row;
      const mapRow = planExport({
        header,
        sample: sample.map((row) => fit(row).fields),
        options,
        timeZone,
        logger: ctx.logger,
        source: NAME,
      });
      return (row) => mapRow(fit(row));
    },
    headerError: (problem) => headerError(file, problem),
    noHeader: () => {
      const what = headerRows.length === 0 ? "is empty" : "has only one row";
      return new InputError(
        `${file} ${what}: a SurveyMonkey export starts with two header rows (question texts, then sub-headers)`,
        { location: { file } },
      );
    },
  });
}

/** A broken record among the header rows leaves no header to read the rest by. */
function headerError(file: string, problem: CsvProblem): InputError {
  return new InputError(`${file}:${problem.line}: cannot read the header rows: ${problem.reason}`, {
    location: { file, line: problem.line },
  });
}
