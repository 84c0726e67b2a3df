import { ConfigError, NpskitError, resolveTimeZone, type ValidationIssue } from "@npskit/core";
import type { DateOrder } from "@npskit/source-csv";
import type { ExportFormat } from "./detectExportFormat.js";
import type { NpsCoding } from "./parseNpsAnswer.js";

/** Options of the SurveyMonkey source. Only `path` is required. */
export interface SurveyMonkeyOptions {
  /** The export: a `.csv` or `.xlsx` file as downloaded from SurveyMonkey ("All responses data"). */
  readonly path: string;
  /**
   * The file format. @default "auto": XLSX when the file is a ZIP archive (whatever its name), else CSV
   */
  readonly format?: "auto" | ExportFormat;
  /**
   * The NPS question: its text (ignoring case and spacing; a unique part of it is enough) or the 1-based
   * number of its column.
   * @default found by its text ("How likely is it that you would recommend…", also in Russian), else by its
   * 0–10 answers
   */
  readonly npsQuestion?: string | number;
  /**
   * How plain numbers in the NPS column are coded: `"score"` (0–10), `"position"` (1–11, a "numerical value"
   * export numbering the eleven choices), or `"auto"`: position when an 11 and no 0 appear in the first
   * 10,000 rows, else score (with a warning when only 1–10 appear, which fits both).
   * @default "auto"
   */
  readonly coding?: "auto" | NpsCoding;
  /**
   * An open-ended question (text or column number) whose answer becomes the `comment`, instead of the NPS
   * question's comment box; `false` for no comment.
   * @default the comment box attached to the NPS question, if it has one
   */
  readonly commentQuestion?: string | number | false;
  /**
   * Columns that become segments: single-choice questions (text or column number), `Custom Data N` columns
   * (or their variable names) and other respondent columns such as `Collector ID`.
   * @default []
   */
  readonly segments?: readonly (string | number)[];
  /**
   * Segment names, keyed like the `segments` entries: `{ "Which region are you in?": "region" }`.
   * @default a slug of the question text or column name ("which-region-are-you-in")
   */
  readonly segmentNames?: Readonly<Record<string, string>>;
  /**
   * IANA time zone of the export's dates, which carry no offset (SurveyMonkey writes them in the time zone
   * set in the account).
   * @default the config's time zone
   */
  readonly timeZone?: string;
  /** Order of month and day in the dates (`07/31/2023`). @default "MDY" (SurveyMonkey's US format) */
  readonly dateOrder?: DateOrder;
  /** XLSX: the sheet to read, by name or 1-based number. @default 1 */
  readonly sheet?: string | number;
  /** CSV: text encoding, any label `TextDecoder` knows. @default detected (UTF-8 with or without a BOM…) */
  readonly encoding?: string;
  /** CSV: the delimiter, one character. @default detected */
  readonly delimiter?: string;
  /** Records per batch handed to the pipeline. @default 1000 */
  readonly batchSize?: number;
}

/** {@link SurveyMonkeyOptions} checked and completed. */
export interface ResolvedSurveyMonkeyOptions {
  readonly path: string;
  readonly format: "auto" | ExportFormat;
  readonly npsQuestion: string | number | undefined;
  readonly coding: "auto" | NpsCoding;
  readonly commentQuestion: string | number | false | undefined;
  readonly segments: readonly (string | number)[];
  readonly segmentNames: Readonly<Record<string, string>>;
  readonly timeZone: string | undefined;
  readonly dateOrder: DateOrder;
  readonly sheet: string | number | undefined;
  readonly encoding: string | undefined;
  readonly delimiter: string | undefined;
  readonly batchSize: number;
}

const KNOWN = [
  "path",
  "format",
  "npsQuestion",
  "coding",
  "commentQuestion",
  "segments",
  "segmentNames",
  "timeZone",
  "dateOrder",
  "sheet",
  "encoding",
  "delimiter",
  "batchSize",
];

/**
 * Checks the SurveyMonkey source's options and fills in defaults. Every problem is collected into one
 * `ConfigError` (NPSKIT_E_CONFIG), each naming the option and what was expected. Whether the questions and
 * columns named exist is checked when the file is read.
 *
 * @example
 * resolveSurveyMonkeyOptions({ path: "a.csv", coding: "numbers" })
 * // throws ConfigError: coding: must be "auto", "score" or "position" (got "numbers")
 */
export function resolveSurveyMonkeyOptions(options: SurveyMonkeyOptions): ResolvedSurveyMonkeyOptions {
  if (typeof options !== "object" || options === null) {
    throw new ConfigError([
      { pointer: "", message: 'the surveymonkey source needs options: { path: "responses.csv" }' },
    ]);
  }
  const issues: ValidationIssue[] = [];
  const issue = (pointer: string, message: string) => issues.push({ pointer, message });
  const got = (value: unknown) => `(got ${JSON.stringify(value) ?? String(value)})`;
  const ref = (value: unknown) =>
    (typeof value === "string" && value.trim() !== "") || (Number.isInteger(value) && (value as number) >= 1);
  for (const key of Object.keys(options)) {
    if (!KNOWN.includes(key))
      issue(key, `is not an option of the surveymonkey source (options: ${KNOWN.join(", ")})`);
  }
  const { path, format = "auto", npsQuestion, coding = "auto", commentQuestion } = options;
  const { segments = [], segmentNames = {}, timeZone, dateOrder = "MDY", sheet } = options;
  const { encoding, delimiter, batchSize = 1000 } = options;
  if (typeof path !== "string" || path === "")
    issue("path", `must be the path of the export to read ${got(path)}`);
  if (!["auto", "csv", "xlsx"].includes(format))
    issue("format", `must be "auto", "csv" or "xlsx" ${got(format)}`);
  if (npsQuestion !== undefined && !ref(npsQuestion)) {
    issue("npsQuestion", `must be the question's text or its 1-based column number ${got(npsQuestion)}`);
  }
  if (!["auto", "score", "position"].includes(coding)) {
    issue("coding", `must be "auto", "score" or "position" ${got(coding)}`);
  }
  if (commentQuestion !== undefined && commentQuestion !== false && !ref(commentQuestion)) {
    issue(
      "commentQuestion",
      `must be a question's text, its column number, or false ${got(commentQuestion)}`,
    );
  }
  if (!Array.isArray(segments)) issue("segments", `must be a list of questions or columns ${got(segments)}`);
  else {
    segments.forEach((entry, i) => {
      if (!ref(entry))
        issue(`segments/${i}`, `must be a question's text or a column name or number ${got(entry)}`);
    });
  }
  if (typeof segmentNames !== "object" || segmentNames === null || Array.isArray(segmentNames)) {
    issue("segmentNames", `must map segments entries to names ${got(segmentNames)}`);
  } else {
    for (const [key, name] of Object.entries(segmentNames)) {
      if (typeof name !== "string" || name.trim() === "" || name.length > 128) {
        issue(`segmentNames/${key}`, `must be a name of 1 to 128 characters ${got(name)}`);
      }
    }
  }
  if (timeZone !== undefined) {
    try {
      resolveTimeZone(timeZone);
    } catch (error) {
      issue("timeZone", error instanceof NpskitError ? error.message : String(error));
    }
  }
  if (dateOrder !== "MDY" && dateOrder !== "DMY")
    issue("dateOrder", `must be "MDY" or "DMY" ${got(dateOrder)}`);
  if (sheet !== undefined && !ref(sheet))
    issue("sheet", `must be a sheet name or 1-based number ${got(sheet)}`);
  if (encoding !== undefined && (typeof encoding !== "string" || encoding === "")) {
    issue("encoding", `must be an encoding name such as "utf-8" or "windows-1251" ${got(encoding)}`);
  }
  if (delimiter !== undefined && (typeof delimiter !== "string" || delimiter.length !== 1)) {
    issue("delimiter", `must be one character ${got(delimiter)}`);
  }
  if (!Number.isSafeInteger(batchSize) || batchSize < 1) {
    issue("batchSize", `must be a positive integer ${got(batchSize)}`);
  }
  if (issues.length > 0) throw new ConfigError(issues);
  return {
    path,
    format,
    npsQuestion,
    coding,
    commentQuestion,
    segments,
    segmentNames,
    timeZone: timeZone === undefined ? undefined : resolveTimeZone(timeZone),
    dateOrder,
    sheet,
    encoding,
    delimiter,
    batchSize,
  };
}
