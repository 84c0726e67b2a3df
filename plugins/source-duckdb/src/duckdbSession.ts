import type { DuckDBConnection } from "@duckdb/node-api";
import { InputError, resolveTimeZone } from "@npskit/core";
import { type TableColumnOptions, type TableColumns, tableColumns } from "@npskit/sql";
import { FILE_COLUMN, type FileRelation, literal } from "./fileRelation.js";

/** The view every query of the source reads. */
export const VIEW = "npskit_responses";

/** An open in-memory DuckDB with a view over the source's files, and the role of each column. */
export interface DuckdbSession {
  readonly connection: DuckDBConnection;
  readonly columns: TableColumns;
  /** DuckDB type of each column ("BIGINT", "VARCHAR", "TIMESTAMP WITH TIME ZONE"…). */
  readonly types: ReadonlyMap<string, string>;
  /** Runs a statement and returns its rows as objects with plain JS values. */
  rows(sql: string, params?: readonly unknown[]): Promise<Record<string, unknown>[]>;
  close(): void;
}

/**
 * Opens DuckDB (loaded on first use, so configs that do not use this source never load its binary), sets the
 * session time zone that dates without an offset are read in, creates the view over the files and maps
 * its columns. DuckDB's errors become one-line {@link InputError}s naming the files.
 */
export async function openDuckdb(
  relation: FileRelation,
  options: TableColumnOptions & { readonly timeZone: string; readonly threads?: number },
): Promise<DuckdbSession> {
  const { DuckDBInstance } = await import("@duckdb/node-api").catch((error: unknown) => {
    throw new InputError(
      "the DuckDB source needs @duckdb/node-api: install it with `pnpm add @duckdb/node-api`",
      {
        cause: error,
      },
    );
  });
  const where = relation.patterns.join(", ");
  const instance = await DuckDBInstance.create(":memory:", {
    ...(options.threads !== undefined && { threads: String(options.threads) }),
  });
  const connection = await instance.connect();
  const close = () => {
    connection.closeSync();
    instance.closeSync();
  };
  const rows = async (sql: string, params: readonly unknown[] = []) => {
    try {
      const reader = await connection.runAndReadAll(sql, params as never);
      return reader.getRowObjectsJS() as Record<string, unknown>[];
    } catch (error) {
      throw duckdbError(error, where);
    }
  };
  try {
    // A literal, not a parameter (SET binds none); the name is checked against the IANA list first.
    await rows(`SET TimeZone = ${literal(resolveTimeZone(options.timeZone))}`);
    await rows(`CREATE TEMP VIEW ${VIEW} AS SELECT * FROM ${relation.sql}`);
    const described = await rows(`DESCRIBE ${VIEW}`);
    const types = new Map(described.map((row) => [String(row.column_name), String(row.column_type)]));
    const names = [...types.keys()].filter((name) => name !== FILE_COLUMN);
    return { connection, columns: tableColumns(names, options, where), types, rows, close };
  } catch (error) {
    close();
    throw error;
  }
}

/** DuckDB's message, first line only, naming the files: a missing file, a broken Parquet footer… */
export function duckdbError(error: unknown, where: string): InputError {
  const message = (error instanceof Error ? error.message : String(error)).split("\n")[0]?.trim() ?? "";
  return new InputError(`DuckDB could not read ${where}: ${message}`, { cause: error });
}
