import type { TableColumnOptions } from "@npskit/sql";

/** How to reach the server: a connection string, or its parts. Anything left out comes from the `PG*` environment variables, as in `psql`. */
export type PostgresConnection =
  | string
  | {
      readonly host?: string;
      readonly port?: number;
      readonly user?: string;
      /** Prefer `PGPASSWORD` or a `~/.pgpass` file to a password in the config. */
      readonly password?: string;
      readonly database?: string;
      /** Passed to `pg` as it is: `true`, or `{ rejectUnauthorized, ca }`. */
      readonly ssl?: boolean | Readonly<Record<string, unknown>>;
    };

/** Options of the PostgreSQL source. Only `table` is required. */
export interface PostgresOptions extends TableColumnOptions {
  /** The table or view: `"responses"` or `"analytics.responses"` (a name with a dot inside: `["my schema", "a.b"]`). */
  readonly table: string | readonly string[];
  /** @default the `PG*` environment variables (PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE) */
  readonly connection?: PostgresConnection;
  /** IANA time zone of a `timestamp` (without time zone) column. @default the config's time zone */
  readonly timeZone?: string;
  /** Rows fetched per round trip by `read`. @default 5000 */
  readonly batchSize?: number;
}
