import type { AggregateQuery } from "@npskit/core";
import type { SqlDialect } from "./dialect.js";
import { type ResponseTable, segmentText } from "./responseTable.js";
import type { SqlParams } from "./sqlStatement.js";

/**
 * The `FROM … WHERE …` both queries share: the table, the query's segment filters (equality on the value as
 * text) and its period range, as instants bound in ISO 8601 (so the range is exact in any time zone).
 */
export function rowsSelection(
  dialect: SqlDialect,
  table: ResponseTable,
  query: AggregateQuery,
  params: SqlParams,
  /** An extra lower bound on the instant, ISO 8601 (the sample's `from`). */
  since?: string,
): string {
  const q = (name: string) => dialect.quote(name);
  const conditions: string[] = [];
  for (const [dimension, value] of Object.entries(query.filters ?? {})) {
    conditions.push(`${segmentText(dialect, table.columns, dimension)} = ${params.bind(value)}`);
  }
  const instant = dialect.instant(q(table.columns.submittedAt));
  if (query.from !== undefined) {
    conditions.push(`${instant} >= ${dialect.instantParam(params.bind(query.from.start))}`);
  }
  if (query.to !== undefined) {
    conditions.push(`${instant} < ${dialect.instantParam(params.bind(query.to.end))}`);
  }
  if (since !== undefined) conditions.push(`${instant} >= ${dialect.instantParam(params.bind(since))}`);
  const from = `FROM ${table.table.map(q).join(".")}`;
  return conditions.length === 0 ? from : `${from}\n  WHERE ${conditions.join("\n    AND ")}`;
}
