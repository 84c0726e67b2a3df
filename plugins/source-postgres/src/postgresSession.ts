import { InputError, resolveTimeZone } from "@npskit/core";
import { type TableColumns, tableColumns } from "@npskit/sql";
import type { PostgresConnection } from "./postgresOptions.js";

/** What a query returns: rows as objects, and the type of each column. */
interface QueryResult {
  readonly rows: Record<string, unknown>[];
  readonly fields: readonly { readonly name: string; readonly dataTypeID: number }[];
}

/** An open connection with the session time zone set and the table's columns mapped. */
export interface PostgresSession {
  readonly columns: TableColumns;
  /** PostgreSQL type OID of each column. */
  readonly types: ReadonlyMap<string, number>;
  /** Runs a statement with bound parameters; errors become one-line {@link InputError}s naming the server. */
  query(sql: string, params?: readonly unknown[]): Promise<QueryResult>;
  close(): Promise<void>;
}

/**
 * Connects with `pg` (loaded on first use), sets the session's `TimeZone` (how a `timestamp` column without
 * zone is read) and reads the table's columns from a `LIMIT 0` query, so a missing table or column fails at
 * once with what is there.
 */
export async function openPostgres(
  connection: PostgresConnection | undefined,
  table: readonly string[],
  options: Parameters<typeof tableColumns>[1] & { readonly timeZone: string },
  quote: (name: string) => string,
): Promise<PostgresSession> {
  const pg = await import("pg").catch((error: unknown) => {
    throw new InputError("the PostgreSQL source needs pg: install it with `pnpm add pg`", { cause: error });
  });
  const config = typeof connection === "string" ? { connectionString: connection } : { ...connection };
  const client = new pg.default.Client(config as never);
  const where = serverName(client);
  // An unexpected drop after connecting is reported by the query that fails; without a listener it would crash.
  client.on("error", () => {});
  try {
    await client.connect();
  } catch (error) {
    throw postgresError(error, where);
  }
  const query = async (sql: string, params: readonly unknown[] = []) => {
    try {
      return (await client.query(sql, params as unknown[])) as unknown as QueryResult;
    } catch (error) {
      throw postgresError(error, where);
    }
  };
  const close = async () => {
    await client.end().catch(() => {});
  };
  try {
    await query("SELECT set_config('TimeZone', $1, false)", [resolveTimeZone(options.timeZone)]);
    const { fields } = await query(`SELECT * FROM ${table.map(quote).join(".")} LIMIT 0`);
    const types = new Map(fields.map((field) => [field.name, field.dataTypeID]));
    const columns = tableColumns([...types.keys()], options, `table ${table.join(".")}`);
    return { columns, types, query, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** "host:port/database" of a client, for messages; never the password. */
function serverName(client: { host?: string; port?: number; database?: string | undefined }): string {
  return `${client.host ?? "localhost"}:${client.port ?? 5432}/${client.database ?? ""}`;
}

/** The server's (or the network's) message, on one line, naming the server. */
export function postgresError(error: unknown, where: string): InputError {
  const message =
    (error instanceof Error ? error.message : String(error)).split("\n")[0]?.trim() || "connection failed";
  return new InputError(`PostgreSQL at ${where}: ${message}`, { cause: error });
}
