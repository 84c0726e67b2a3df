import { ConfigError, NpskitError, resolveTimeZone, type ValidationIssue } from "@npskit/core";
import { MAPPED_FIELDS, type MappedField } from "./columnAliases.js";
import { DEFAULT_MAX_RECORD_BYTES, isDelimiter } from "./csvReader.js";
import type { DateOrder } from "./detectDateOrder.js";
import { canonicalEncoding } from "./detectEncoding.js";
import { type ColumnOptions, MAX_NAME } from "./headerMapping.js";

/** Options of the CSV source. Only `path` is required. */
export interface CsvOptions extends ColumnOptions {
  /** Path of the CSV file, as shown in rejections and the quarantine file. */
  readonly path: string;
  /**
   * Text encoding: any label `TextDecoder` knows ("utf-8", "utf-16le", "windows-1251", "cp1251"…).
   * @default detected: a byte order mark, else UTF-8 if the first MiB is valid UTF-8, else Windows-1251
   */
  readonly encoding?: string;
  /**
   * Field delimiter, one character.
   * @default detected among `,` `;` tab `|` from the first records
   */
  readonly delimiter?: string;
  /**
   * Order of day and month in slash dates (`03/04/2026`): "MDY" (US), "DMY", or "auto" to detect it from the
   * first 10,000 rows — which fails, asking for this option, when every date there could be either.
   * @default "auto"
   */
  readonly dateOrder?: "auto" | DateOrder;
  /**
   * IANA time zone for dates written without an offset.
   * @default the config's time zone
   */
  readonly timeZone?: string;
  /** Records per batch handed to the pipeline. @default 1000 */
  readonly batchSize?: number;
  /**
   * A record longer than this many characters is rejected as malformed (almost always an unterminated quote);
   * it also bounds the memory one record can take.
   * @default 1048576 (1 MiB)
   */
  readonly maxRecordBytes?: number;
  /**
   * Threads that count a file in parallel when only its histograms are needed (`npskit calc`, `npskit
   * validate`): 1 reads on the calling thread alone. Reports read row by row, as they need the comments.
   * @default the machine's available parallelism, at most 8
   */
  readonly threads?: number;
}

/** {@link CsvOptions} checked and completed, as the source uses them. */
export interface ResolvedCsvOptions extends ColumnOptions {
  readonly path: string;
  readonly encoding: string | undefined;
  readonly delimiter: string | undefined;
  readonly dateOrder: DateOrder | undefined;
  readonly timeZone: string | undefined;
  readonly batchSize: number;
  readonly maxRecordBytes: number;
  readonly threads: number | undefined;
}

const KNOWN_OPTIONS = new Set([
  "path",
  "encoding",
  "delimiter",
  "columns",
  "segments",
  "ignore",
  "drivers",
  "dateOrder",
  "timeZone",
  "batchSize",
  "maxRecordBytes",
  "threads",
]);

/**
 * Checks the CSV source's options and fills in defaults. Every problem is collected into one
 * {@link ConfigError} (code NPSKIT_E_CONFIG), each naming the option and what was expected.
 *
 * @example
 * resolveCsvOptions({ path: "data.csv", delimiter: ";;" })
 * // throws ConfigError: delimiter: must be one character other than a quote or a line break (got ";;")
 */
export function resolveCsvOptions(options: CsvOptions): ResolvedCsvOptions {
  const issues: ValidationIssue[] = [];
  const issue = (pointer: string, message: string) => issues.push({ pointer, message });
  const got = (value: unknown) => `(got ${JSON.stringify(value) ?? String(value)})`;
  if (typeof options !== "object" || options === null) {
    throw new ConfigError([
      { pointer: "", message: `the csv source needs options: { path: "responses.csv" }` },
    ]);
  }
  for (const key of Object.keys(options)) {
    if (!KNOWN_OPTIONS.has(key))
      issue(key, `is not an option of the csv source (options: ${[...KNOWN_OPTIONS].join(", ")})`);
  }
  const { path, encoding, delimiter, dateOrder = "auto", timeZone, batchSize = 1000 } = options;
  const { maxRecordBytes = DEFAULT_MAX_RECORD_BYTES } = options;
  if (typeof path !== "string" || path === "")
    issue("path", `must be the path of the CSV file to read ${got(path)}`);
  if (encoding !== undefined && (typeof encoding !== "string" || canonicalEncoding(encoding) === undefined)) {
    issue("encoding", `must be an encoding such as "utf-8", "utf-16le" or "windows-1251" ${got(encoding)}`);
  }
  if (delimiter !== undefined && (typeof delimiter !== "string" || !isDelimiter(delimiter))) {
    issue("delimiter", `must be one character other than a quote or a line break ${got(delimiter)}`);
  }
  if (dateOrder !== "auto" && dateOrder !== "MDY" && dateOrder !== "DMY") {
    issue("dateOrder", `must be "auto", "MDY" or "DMY" ${got(dateOrder)}`);
  }
  if (timeZone !== undefined) {
    try {
      resolveTimeZone(timeZone);
    } catch (error) {
      issue("timeZone", error instanceof NpskitError ? error.message : String(error));
    }
  }
  if (!isPositiveInteger(batchSize)) issue("batchSize", `must be a positive integer ${got(batchSize)}`);
  if (!isPositiveInteger(maxRecordBytes))
    issue("maxRecordBytes", `must be a positive integer ${got(maxRecordBytes)}`);
  if (options.threads !== undefined && !isPositiveInteger(options.threads))
    issue("threads", `must be a positive integer ${got(options.threads)}`);
  checkColumns(options.columns, issue);
  const isNameList = (list: unknown) => Array.isArray(list) && list.every((name) => typeof name === "string");
  if (options.ignore !== undefined && !isNameList(options.ignore))
    issue("ignore", `must be a list of column names ${got(options.ignore)}`);
  for (const key of ["segments", "drivers"] as const) {
    const list: unknown = options[key];
    if (list === undefined || isNameList(list)) continue;
    const entries = typeof list === "object" && list !== null ? Object.entries(list) : undefined;
    if (entries === undefined || entries.some(([, column]) => typeof column !== "string")) {
      issue(
        key,
        `must be a list of column names, or an object naming each ${key.slice(0, -1)} after its column ` +
          `({ ${key === "segments" ? "plan" : "support"}: "column name" }) ${got(list)}`,
      );
      continue;
    }
    for (const [name] of entries) {
      if (name.trim() === "" || name.length > MAX_NAME)
        issue(`${key}.${name}`, `a ${key.slice(0, -1)} name must be 1 to ${MAX_NAME} characters`);
    }
  }
  if (issues.length > 0) throw new ConfigError(issues);
  return {
    path,
    encoding,
    delimiter,
    dateOrder: dateOrder === "auto" ? undefined : dateOrder,
    timeZone: timeZone === undefined ? undefined : resolveTimeZone(timeZone),
    batchSize,
    maxRecordBytes,
    threads: options.threads,
    ...(options.columns !== undefined && { columns: options.columns }),
    ...(options.segments !== undefined && { segments: options.segments }),
    ...(options.ignore !== undefined && { ignore: options.ignore }),
    ...(options.drivers !== undefined && { drivers: options.drivers }),
  };
}

function checkColumns(columns: unknown, issue: (pointer: string, message: string) => void): void {
  if (columns === undefined) return;
  if (typeof columns !== "object" || columns === null || Array.isArray(columns)) {
    issue("columns", `must map response fields to column names, e.g. { score: "NPS" }`);
    return;
  }
  for (const [field, name] of Object.entries(columns)) {
    if (!MAPPED_FIELDS.includes(field as MappedField)) {
      issue(`columns.${field}`, `is not a response field (fields: ${MAPPED_FIELDS.join(", ")})`);
    } else if (name !== undefined && (typeof name !== "string" || name.trim() === "")) {
      issue(`columns.${field}`, `must be a column name (got ${JSON.stringify(name)})`);
    }
  }
}

function isPositiveInteger(value: unknown): value is number {
  return typeof value === "number" && Number.isSafeInteger(value) && value > 0;
}
