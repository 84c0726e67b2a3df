import type { SqlDialect } from "./dialect.js";
import { quoteIdentifier } from "./quoteIdentifier.js";

/**
 * DuckDB (1.x, with its ICU extension for time zones, which the npm package bundles). `timezone(zone, t)` gives
 * the local wall time, and `date_trunc('week', …)` starts ISO weeks on Monday. Text instants are read with the
 * session's `TimeZone` when they carry no offset; unreadable ones become NULL (counted as `uncounted`).
 */
export const duckdbDialect: SqlDialect = {
  name: "duckdb",
  binding: "positional",
  quote: (identifier) => quoteIdentifier(identifier, '"', '"', '""'),
  placeholder: (index) => `$${index}`,
  instant: (column) => `TRY_CAST(${column} AS TIMESTAMPTZ)`,
  instantParam: (placeholder) => `CAST(${placeholder} AS TIMESTAMPTZ)`,
  periodStart: (instant, grain, zone) =>
    `strftime(date_trunc('${grain}', timezone(${zone()}, ${instant})), '%Y-%m-%d')`,
  utcIso: (instant) => `strftime(timezone('UTC', ${instant}), '%Y-%m-%dT%H:%M:%S.%gZ')`,
  text: (expression) => `CAST(${expression} AS VARCHAR)`,
  nullText: "CAST(NULL AS VARCHAR)",
  countIf: (condition) => `COUNT(*) FILTER (WHERE ${condition})`,
  groupingSets: true,
};
