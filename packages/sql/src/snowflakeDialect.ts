import type { SqlDialect } from "./dialect.js";
import { quoteIdentifier } from "./quoteIdentifier.js";

/**
 * Snowflake through `snowflake-sdk`: positional `?` parameters passed as `binds` (each use of the time zone
 * is its own parameter). `CONVERT_TIMEZONE(zone, t)` gives local time; weeks are computed from
 * `DAYOFWEEKISO` so they start on Monday whatever the session's `WEEK_START`. Counts with `SUM(CASE …)`.
 */
export const snowflakeDialect: SqlDialect = {
  name: "snowflake",
  binding: "positional",
  quote: (identifier) => quoteIdentifier(identifier, '"', '"', '""'),
  placeholder: () => "?",
  instant: (column) => `TO_TIMESTAMP_TZ(${column})`,
  instantParam: (placeholder) => `TO_TIMESTAMP_TZ(${placeholder})`,
  periodStart: (instant, grain, zone) => {
    const day = () => `CAST(CONVERT_TIMEZONE(${zone()}, ${instant}) AS DATE)`;
    const start =
      grain === "week"
        ? `DATEADD('day', 1 - DAYOFWEEKISO(${day()}), ${day()})`
        : `DATE_TRUNC('${grain.toUpperCase()}', ${day()})`;
    return `TO_VARCHAR(${start}, 'YYYY-MM-DD')`;
  },
  utcIso: (instant) => `TO_VARCHAR(CONVERT_TIMEZONE('UTC', ${instant}), 'YYYY-MM-DD"T"HH24:MI:SS.FF3"Z"')`,
  text: (expression) => `CAST(${expression} AS VARCHAR)`,
  nullText: "CAST(NULL AS VARCHAR)",
  countIf: (condition) => `SUM(CASE WHEN ${condition} THEN 1 ELSE 0 END)`,
  groupingSets: true,
};
