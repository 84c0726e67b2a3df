import type { SqlDialect } from "./dialect.js";

/**
 * Where responses are in a database, and which column holds what. Names are quoted by the dialect, so any
 * column or table name works as it is spelled (case included).
 */
export interface ResponseTable {
  /** The table or view, qualified as needed: `["responses"]`, `["analytics", "nps"]`, `["project", "dataset", "t"]`. */
  readonly table: readonly string[];
  readonly columns: ResponseColumns;
}

/** Columns of a {@link ResponseTable}. */
export interface ResponseColumns {
  /** The 0–10 score: a number, NULL when unanswered. */
  readonly score: string;
  /** When the response was submitted: a timestamp with time zone (or ISO 8601 text where the dialect allows). */
  readonly submittedAt: string;
  /** Unique response id; orders the sample deterministically. */
  readonly id?: string;
  /** Free-text comment; commented responses come first in the sample. */
  readonly comment?: string;
  /**
   * Column of each segment dimension, when it is not named like the dimension; `null` for a dimension the
   * table does not have (every response then lacks it). @default the dimension's name
   */
  readonly segments?: Readonly<Record<string, string | null>>;
}

/** The column of segment `dimension`, or `null` when the table has none. */
export function segmentColumn(columns: ResponseColumns, dimension: string): string | null {
  const column = columns.segments?.[dimension];
  return column === undefined ? dimension : column;
}

/** The segment's value as text, `NULL` when the table has no such column. */
export function segmentText(dialect: SqlDialect, columns: ResponseColumns, dimension: string): string {
  const column = segmentColumn(columns, dimension);
  return column === null ? dialect.nullText : dialect.text(dialect.quote(column));
}
