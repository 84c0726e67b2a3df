/**
 * Every error npskit throws on purpose, with its stable code.
 *
 * Codes never change meaning once released: scripts and tests match on them. Libraries throw these;
 * only the CLI entry turns them into exit codes and one-line messages.
 */

/** Stable error codes and what each one means. */
export const ERROR_CODES = {
  NPSKIT_E_INVALID_ARGUMENT: "a function or command received a value outside its domain",
  NPSKIT_E_USAGE: "a command was called with missing, unknown or malformed options",
  NPSKIT_E_INVALID_RESPONSE: "a survey response does not match the response schema",
  NPSKIT_E_INVALID_REPORT: "a report model does not match the report schema",
  NPSKIT_E_TIME_ZONE: "a time zone is not a valid IANA time zone name",
  NPSKIT_E_PERIOD: "a period is malformed or of an unknown grain",
  NPSKIT_E_CONFIG: "the configuration is invalid",
  NPSKIT_E_PLUGIN: "a plugin hook failed",
  NPSKIT_E_INPUT: "an input file could not be read or parsed",
  NPSKIT_E_BROWSER: "no usable Chrome or Chromium was found, or it could not be started",
  NPSKIT_E_RENDER:
    "a report could not be rendered: a timeout, a browser crash, or a page that navigated away",
  NPSKIT_E_GATE: "a quality gate failed: NPS under --fail-under, or a significant drop with --fail-on-drop",
  NPSKIT_E_CELL: "a notebook cell failed: it threw, was interrupted, timed out or ran out of memory",
} as const;

/** One of the stable error codes in {@link ERROR_CODES}. */
export type ErrorCode = keyof typeof ERROR_CODES;

/**
 * Where the problem is: a file position, a field inside a record, or a delivery.
 * Every member is optional; {@link formatLocation} prints whatever is known.
 */
export interface ErrorLocation {
  /** Path of the input file, as the user gave it. */
  readonly file?: string;
  /** 1-based line number in the file. */
  readonly line?: number;
  /** Column name or 1-based column number. */
  readonly column?: string | number;
  /** JSON pointer (`/score`) or config key path (`analysis.timeZone`) of the offending field. */
  readonly field?: string;
  /** Id of a webhook delivery or of a record in a remote system. */
  readonly recordId?: string;
}

/** Options shared by every npskit error. */
export interface NpskitErrorOptions {
  readonly location?: ErrorLocation;
  readonly cause?: unknown;
}

/**
 * Base class of all npskit errors: a stable `code`, a message the user can act on, and where it happened.
 *
 * @example
 * try { nps({ promoters: -1, passives: 0, detractors: 0 }) }
 * catch (e) { if (e instanceof NpskitError) console.log(e.code) } // "NPSKIT_E_INVALID_ARGUMENT"
 */
export class NpskitError extends Error {
  readonly code: ErrorCode;
  readonly location: ErrorLocation | undefined;

  constructor(code: ErrorCode, message: string, options: NpskitErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.location = options.location;
  }
}

/** A value outside a function's domain: a negative count, a confidence level of 1.2, a score of 11. */
export class InvalidArgumentError extends NpskitError {
  constructor(message: string, options?: NpskitErrorOptions) {
    super("NPSKIT_E_INVALID_ARGUMENT", message, options);
  }
}

/** A command-line call that cannot be understood. The CLI exits with code 2. */
export class UsageError extends NpskitError {
  constructor(message: string, options?: NpskitErrorOptions) {
    super("NPSKIT_E_USAGE", message, options);
  }
}

/** One problem found while validating a record against the response schema. */
export interface ValidationIssue {
  /** JSON pointer of the field, `""` for the record itself. */
  readonly pointer: string;
  /** What is wrong and what was expected, in one line, without the pointer. */
  readonly message: string;
}

/** A survey response that does not match the schema; `issues` lists every problem found. */
export class InvalidResponseError extends NpskitError {
  readonly issues: readonly ValidationIssue[];

  constructor(issues: readonly ValidationIssue[], options?: NpskitErrorOptions) {
    super("NPSKIT_E_INVALID_RESPONSE", issues.map(formatIssue).join("; "), options);
    this.issues = issues;
  }
}

/**
 * A ReportModel that does not match `report.schema.json`; `issues` lists every problem found. Thrown by
 * `assertReportModel`, and by `buildReportModel` for input that would make an invalid model.
 */
export class InvalidReportError extends NpskitError {
  readonly issues: readonly ValidationIssue[];

  constructor(issues: readonly ValidationIssue[], options?: NpskitErrorOptions) {
    super(
      "NPSKIT_E_INVALID_REPORT",
      `invalid report model: ${issues.map((issue) => `${issue.pointer || "(root)"}: ${issue.message}`).join("; ")}`,
      options,
    );
    this.issues = issues;
  }
}

/** A time zone name that the runtime's IANA database does not know. */
export class TimeZoneError extends NpskitError {
  constructor(message: string, options?: NpskitErrorOptions) {
    super("NPSKIT_E_TIME_ZONE", message, options);
  }
}

/** A period key that cannot be parsed, or a grain npskit does not support. */
export class PeriodError extends NpskitError {
  constructor(message: string, options?: NpskitErrorOptions) {
    super("NPSKIT_E_PERIOD", message, options);
  }
}

/** Invalid configuration. The CLI exits with code 2. */
export class ConfigError extends NpskitError {
  readonly issues: readonly ValidationIssue[];

  constructor(issues: readonly ValidationIssue[], options?: NpskitErrorOptions) {
    // A problem of the whole configuration has no key path; "record" (formatIssue's word for it) would mislead.
    const lines = issues.map((issue) => (issue.pointer === "" ? issue.message : formatIssue(issue)));
    super("NPSKIT_E_CONFIG", lines.join("; "), options);
    this.issues = issues;
  }
}

/** An input that cannot be read: a missing file, a broken line. */
export class InputError extends NpskitError {
  constructor(message: string, options?: NpskitErrorOptions) {
    super("NPSKIT_E_INPUT", message, options);
  }
}

/** No Chrome or Chromium to print with, or one that would not start; the message says how to get one. */
export class BrowserError extends NpskitError {
  constructor(message: string, options?: NpskitErrorOptions) {
    super("NPSKIT_E_BROWSER", message, options);
  }
}

/** A report that could not be rendered (timeout, browser crash). The message names the report. */
export class RenderError extends NpskitError {
  constructor(message: string, options?: NpskitErrorOptions) {
    super("NPSKIT_E_RENDER", message, options);
  }
}

/**
 * A plugin hook threw. The message names the plugin and the hook; `pluginCode` keeps the plugin's own code
 * (when it had one) so that nothing the plugin author meant is lost.
 */
export class PluginError extends NpskitError {
  readonly plugin: string;
  readonly hook: string;
  readonly pluginCode: string | undefined;

  constructor(plugin: string, hook: string, cause: unknown) {
    const inner = cause instanceof Error ? cause.message : String(cause);
    const innerCode = readCode(cause);
    super("NPSKIT_E_PLUGIN", `plugin "${plugin}" failed in ${hook}(): ${inner}`, {
      cause,
      location: cause instanceof NpskitError ? cause.location : undefined,
    });
    this.plugin = plugin;
    this.hook = hook;
    this.pluginCode = innerCode;
  }
}

function readCode(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null || !("code" in value)) return undefined;
  const code = (value as { code: unknown }).code;
  return typeof code === "string" ? code : undefined;
}

/**
 * One validation issue as a line: the JSON pointer (or key path), then the message.
 *
 * @example
 * formatIssue({ pointer: "/score", message: "must be an integer from 0 to 10, or null (got 11)" })
 * // "/score: must be an integer from 0 to 10, or null (got 11)"
 */
export function formatIssue(issue: ValidationIssue): string {
  return issue.pointer === "" ? `record ${issue.message}` : `${issue.pointer}: ${issue.message}`;
}

/**
 * Prints a location the way editors and terminals link it: `file:line`, then the column and field.
 *
 * @example
 * formatLocation({ file: "data.csv", line: 12, column: "score" }) // "data.csv:12, column score"
 */
export function formatLocation(location: ErrorLocation): string {
  const parts: string[] = [];
  if (location.file !== undefined) {
    parts.push(location.line === undefined ? location.file : `${location.file}:${location.line}`);
  } else if (location.line !== undefined) {
    parts.push(`line ${location.line}`);
  }
  if (location.column !== undefined) parts.push(`column ${location.column}`);
  if (location.field !== undefined && location.field !== "") parts.push(`field ${location.field}`);
  if (location.recordId !== undefined) parts.push(`record ${location.recordId}`);
  return parts.join(", ");
}

/**
 * A quality gate failed (`--fail-under`, `--fail-on-drop`): the reports were written, but the build must
 * fail. The CLI exits with code 3.
 */
export class QualityGateError extends NpskitError {
  constructor(message: string, options?: NpskitErrorOptions) {
    super("NPSKIT_E_GATE", message, options);
  }
}

/** A notebook cell that threw, was interrupted, timed out or ran out of memory; the location names the cell and line. */
export class CellError extends NpskitError {
  constructor(message: string, options?: NpskitErrorOptions) {
    super("NPSKIT_E_CELL", message, options);
  }
}
