import type { SqlDialect } from "./dialect.js";
import { quoteIdentifier } from "./quoteIdentifier.js";

/**
 * PostgreSQL (12 or later). `t AT TIME ZONE zone` turns a `timestamptz` into local wall time, and
 * `date_trunc('week', …)` starts ISO weeks on Monday. A `timestamp` column without zone is read in the
 * session's `TimeZone`.
 */
export const postgresDialect: SqlDialect = {
  name: "postgres",
  binding: "positional",
  quote: (identifier) => quoteIdentifier(identifier, '"', '"', '""'),
  placeholder: (index, type) => (type === "integer" ? `$${index}::integer` : `$${index}::text`),
  instant: (column) => `CAST(${column} AS timestamptz)`,
  instantParam: (placeholder) => `CAST(${placeholder} AS timestamptz)`,
  periodStart: (instant, grain, zone) =>
    `to_char(date_trunc('${grain}', ${instant} AT TIME ZONE ${zone()}), 'YYYY-MM-DD')`,
  utcIso: (instant) => `to_char(${instant} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
  text: (expression) => `CAST(${expression} AS text)`,
  nullText: "CAST(NULL AS text)",
  countIf: (condition) => `COUNT(*) FILTER (WHERE ${condition})`,
  groupingSets: true,
};
