import type { PeriodGrain } from "@npskit/core";
import type { SqlDialect } from "./dialect.js";
import { quoteIdentifier } from "./quoteIdentifier.js";

const PART: Readonly<Record<PeriodGrain, string>> = {
  month: "MONTH",
  week: "ISOWEEK",
  quarter: "QUARTER",
  year: "YEAR",
};

/**
 * Google BigQuery (GoogleSQL) through `@google-cloud/bigquery`: named parameters `@p1` passed as `params`.
 * `DATE(t, zone)` is the local date; `ISOWEEK` truncates to Monday. The submitted-at column must be a
 * `TIMESTAMP` (or a `STRING` BigQuery can cast to one). One `GROUP BY` per breakdown, joined with `UNION ALL`.
 */
export const bigqueryDialect: SqlDialect = {
  name: "bigquery",
  binding: "named",
  quote: (identifier) => quoteIdentifier(identifier, "`", "`", "\\`"),
  placeholder: (index) => `@p${index}`,
  instant: (column) => `CAST(${column} AS TIMESTAMP)`,
  instantParam: (placeholder) => `CAST(${placeholder} AS TIMESTAMP)`,
  periodStart: (instant, grain, zone) =>
    `FORMAT_DATE('%F', DATE_TRUNC(DATE(${instant}, ${zone()}), ${PART[grain]}))`,
  utcIso: (instant) => `FORMAT_TIMESTAMP('%Y-%m-%dT%H:%M:%E3SZ', ${instant}, 'UTC')`,
  text: (expression) => `CAST(${expression} AS STRING)`,
  nullText: "CAST(NULL AS STRING)",
  countIf: (condition) => `COUNTIF(${condition})`,
  groupingSets: false,
};
