import type { PeriodGrain } from "@npskit/core";

/**
 * What differs between SQL engines in the two queries a pushdown source runs (histograms, response sample).
 * Every method returns SQL text; values never pass through here — they are bound as parameters, and
 * `placeholder` says how a parameter is written. A new engine is a new `SqlDialect`, not a new plugin.
 */
export interface SqlDialect {
  /** "duckdb", "postgres", "bigquery", "clickhouse", "snowflake". */
  readonly name: string;
  /** How parameters are passed: positional (`$1`, `?`) in a list, or named (`@p1`, `{p1:String}`) in an object. */
  readonly binding: "positional" | "named";
  /** One identifier (column, table, schema), quoted so that any name — spaces, quotes, keywords — is safe. */
  quote(identifier: string): string;
  /**
   * The placeholder of the `index`-th parameter (1-based) of `type`: text (time zone, segment value,
   * instant in ISO 8601) or integer (a limit).
   */
  placeholder(index: number, type: "text" | "integer"): string;
  /** `column` as a point in time, whatever its stored type (a timestamp, or ISO 8601 text). */
  instant(column: string): string;
  /** An ISO 8601 instant bound as text (`placeholder`), as a point in time comparable with {@link instant}. */
  instantParam(placeholder: string): string;
  /**
   * The first local day of the period of `grain` that contains `instant`, in the zone named by the text
   * returned by `zone()`, as text "YYYY-MM-DD". Weeks are ISO weeks (starting on Monday). `zone` is called
   * once for each place the zone is needed, so dialects with `?` placeholders bind it each time.
   */
  periodStart(instant: string, grain: PeriodGrain, zone: () => string): string;
  /** The instant as UTC ISO 8601 text ("2026-10-31T22:30:00.000Z"; ClickHouse gives whole seconds). */
  utcIso(instant: string): string;
  /** A value as text (segment values may be numbers or booleans in the table). */
  text(expression: string): string;
  /** The typed NULL text that fills a breakdown's unused columns in a UNION ALL. */
  readonly nullText: string;
  /** The number of rows for which `condition` holds, as an aggregate. */
  countIf(condition: string): string;
  /**
   * Whether several breakdowns are counted in one scan with `GROUP BY GROUPING SETS` and `GROUPING()`, rather
   * than one `GROUP BY` per breakdown joined with `UNION ALL`.
   */
  readonly groupingSets: boolean;
}
