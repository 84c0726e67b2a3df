import type { PeriodGrain } from "@npskit/core";
import type { SqlDialect } from "./dialect.js";
import { quoteIdentifier } from "./quoteIdentifier.js";

const START: Readonly<Record<PeriodGrain, string>> = {
  month: "toStartOfMonth",
  week: "toMonday",
  quarter: "toStartOfQuarter",
  year: "toStartOfYear",
};

/**
 * ClickHouse through `@clickhouse/client`: typed named parameters `{p1:String}` passed as `query_params`.
 * The `toStartOf…(t, zone)` functions take the zone as their second argument; `toMonday` starts ISO weeks.
 * The submitted-at column must be a `DateTime` or `DateTime64`; instants come back in whole seconds.
 * `countIf` counts; one `GROUP BY` per breakdown, joined with `UNION ALL`, so that a missing segment value
 * stays NULL rather than becoming the type's default as it does in ClickHouse's grouping sets.
 */
export const clickhouseDialect: SqlDialect = {
  name: "clickhouse",
  binding: "named",
  quote: (identifier) => quoteIdentifier(identifier, "`", "`", "\\`"),
  placeholder: (index, type) => `{p${index}:${type === "integer" ? "UInt32" : "String"}}`,
  instant: (column) => column,
  instantParam: (placeholder) => `parseDateTime64BestEffort(${placeholder}, 3)`,
  periodStart: (instant, grain, zone) => `toString(${START[grain]}(${instant}, ${zone()}))`,
  utcIso: (instant) => `formatDateTime(${instant}, '%Y-%m-%dT%H:%i:%SZ', 'UTC')`,
  text: (expression) => `toString(${expression})`,
  nullText: "CAST(NULL AS Nullable(String))",
  countIf: (condition) => `countIf(${condition})`,
  groupingSets: false,
};
