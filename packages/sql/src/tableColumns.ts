import { ConfigError, type ValidationIssue } from "@npskit/core";
import type { ResponseColumns } from "./responseTable.js";

/** Response fields a table column can hold: the same names as the CSV source's `columns` option. */
export type TableField =
  | "id"
  | "submittedAt"
  | "score"
  | "comment"
  | "locale"
  | "email"
  | "name"
  | "externalId"
  | "consentToContact";

/** Which columns mean what, as a SQL or file source's options say it (the CSV source's option names). */
export interface TableColumnOptions {
  /** Column name for each response field; fields not given are found by their usual names. */
  readonly columns?: Readonly<Partial<Record<TableField, string>>>;
  /** Columns that become segments. @default every column not mapped, ignored or a driver */
  readonly segments?: readonly string[];
  /** Columns to leave out of segments. */
  readonly ignore?: readonly string[];
  /** Numeric rating columns (support, price…) that become `drivers`. */
  readonly drivers?: readonly string[];
}

/** The role of every column of a table. */
export interface TableColumns {
  readonly fields: Readonly<Partial<Record<TableField, string>>>;
  readonly segments: readonly string[];
  readonly drivers: readonly string[];
  /** The columns for the dialect layer; see {@link responseColumnsFor} for a query's dimensions. */
  readonly response: ResponseColumns;
}

/** Usual names of each field, normalised (lower case, letters and digits only), in order of preference. */
const ALIASES: Readonly<Record<TableField, readonly string[]>> = {
  id: ["id", "responseid", "respondentid", "uuid", "recordid", "submissionid"],
  submittedAt: [
    "submittedat",
    "submitted",
    "submissiondate",
    "responsedate",
    "createdat",
    "timestamp",
    "date",
  ],
  score: ["score", "npsscore", "nps", "likelihoodtorecommend", "rating"],
  comment: ["comment", "comments", "feedback", "reason", "verbatim"],
  locale: ["locale", "language", "lang"],
  email: ["email", "emailaddress"],
  name: ["name", "fullname", "respondentname"],
  externalId: ["externalid", "customerid", "userid"],
  consentToContact: ["consenttocontact", "consent", "cancontact"],
};

const FIELDS = Object.keys(ALIASES) as TableField[];

/** Lower case, letters and digits only: "Submitted At", "submitted_at" and "SUBMITTED-AT" all match. */
function normalize(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
}

/**
 * Gives each column of a table its role from the options, finding unnamed fields by their usual names. A
 * named column that does not exist, or a table without a score or a date column, is a {@link ConfigError}
 * listing what is there (code NPSKIT_E_CONFIG).
 *
 * @param names - the table's column names, in order
 * @param where - what the table is, for messages ("responses.parquet", "table public.responses")
 */
export function tableColumns(
  names: readonly string[],
  options: TableColumnOptions,
  where: string,
): TableColumns {
  const issues: ValidationIssue[] = [];
  const available = names.map((name) => JSON.stringify(name)).join(", ");
  const exists = (name: string, pointer: string) => {
    if (names.includes(name)) return true;
    issues.push({
      pointer,
      message: `column ${JSON.stringify(name)} is not in ${where} (its columns: ${available})`,
    });
    return false;
  };
  const fields: Partial<Record<TableField, string>> = {};
  const taken = new Set<string>();
  for (const field of FIELDS) {
    const given = options.columns?.[field];
    if (given !== undefined) {
      if (exists(given, `columns.${field}`)) fields[field] = given;
    } else {
      const found = ALIASES[field]
        .map((alias) => names.find((name) => normalize(name) === alias && !taken.has(name)))
        .find((name) => name !== undefined);
      if (found !== undefined) fields[field] = found;
    }
    if (fields[field] !== undefined) taken.add(fields[field]);
  }
  for (const required of ["score", "submittedAt", "id"] as const) {
    if (fields[required] === undefined && options.columns?.[required] === undefined) {
      issues.push({
        pointer: `columns.${required}`,
        message: `no ${required} column found in ${where} (tried ${ALIASES[required].join(", ")}; its columns: ${available}): set columns.${required}`,
      });
    }
  }
  const drivers = (options.drivers ?? []).filter((name, i) => exists(name, `drivers/${i}`));
  for (const [i, name] of (options.ignore ?? []).entries()) exists(name, `ignore/${i}`);
  const segments =
    options.segments === undefined
      ? names.filter(
          (name) => !taken.has(name) && !drivers.includes(name) && !(options.ignore ?? []).includes(name),
        )
      : options.segments.filter((name, i) => exists(name, `segments/${i}`));
  if (issues.length > 0) throw new ConfigError(issues);
  const response: ResponseColumns = {
    score: fields.score!,
    submittedAt: fields.submittedAt!,
    ...(fields.id !== undefined && { id: fields.id }),
    ...(fields.comment !== undefined && { comment: fields.comment }),
    segments: Object.fromEntries(segments.map((name) => [name, name])),
  };
  return { fields, segments, drivers, response };
}

/**
 * The dialect layer's columns for a query that breaks down or filters by `dimensions`: a dimension that is a
 * segment column is read from it, any other is NULL — as the row-level path sees it (no such segment).
 */
export function responseColumnsFor(table: TableColumns, dimensions: Iterable<string>): ResponseColumns {
  const segments: Record<string, string | null> = {};
  for (const dimension of dimensions)
    segments[dimension] = table.segments.includes(dimension) ? dimension : null;
  return { ...table.response, segments };
}
