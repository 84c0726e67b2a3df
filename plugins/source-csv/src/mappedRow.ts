import type { ErrorLocation, SourceRecord } from "@npskit/core";
import type { CsvRow } from "./csvRow.js";

/** A row a source cannot turn into a candidate response, with what `ctx.reject` needs. */
export interface RowRejection {
  /** What goes to the quarantine file: the row's cells keyed by the header, or its fields as read. */
  readonly raw: unknown;
  readonly reason: string;
  readonly location: ErrorLocation;
}

/** A candidate response, a rejection, or `null` for a row whose cells are all empty (not a record). */
export type MappedRow = { readonly record: SourceRecord } | { readonly rejection: RowRejection } | null;

/**
 * Turns one data row into a {@link MappedRow}. Made once per file, from its header (and the first rows), by
 * the `plan` callback of {@link readRowRecords}; it runs for every row, so it should allocate only what it
 * returns.
 */
export type RowMapper = (row: CsvRow) => MappedRow;
