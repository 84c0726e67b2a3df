import type { AggregateQuery } from "@npskit/core";
import type { SqlDialect } from "./dialect.js";
import type { ResponseTable } from "./responseTable.js";
import { rowsSelection } from "./rowsSelection.js";
import { SqlParams, type SqlStatement } from "./sqlStatement.js";

/**
 * The statement that returns the response sample a query asks for (`query.sample`): up to `perPeriod` rows of
 * each period — those with a comment first, then the newest, then by id — with the same filters and range as
 * the histograms, and only from `query.sample.from` on when given. Each row has `select`'s columns (and the id and comment columns) under their own names, plus `npskit_submitted_at` (the
 * instant as UTC ISO 8601 text) and `npskit_period_start`. Throws when the query asks for no sample.
 */
export function sampleStatement(
  dialect: SqlDialect,
  table: ResponseTable,
  query: AggregateQuery,
  select: readonly string[],
  /** Columns of `select` to return as text (segments), so that they read the same as in the histograms. */
  asText: readonly string[] = [],
): SqlStatement {
  if (query.sample === undefined) throw new Error("sampleStatement: the query asks for no sample");
  const params = new SqlParams(dialect);
  const q = (name: string) => dialect.quote(name);
  const { columns } = table;
  const instant = dialect.instant(q(columns.submittedAt));
  const period = dialect.periodStart(instant, query.grain, () => params.bind(query.timeZone));
  // The id and comment order the sample, so they are selected whether or not the caller asked for them.
  const wanted = [
    ...select,
    ...(columns.id === undefined ? [] : [columns.id]),
    ...(columns.comment === undefined ? [] : [columns.comment]),
  ];
  const names = [...new Set(wanted)].map(q);
  const selected = [...new Set(wanted)].map((c) =>
    asText.includes(c) ? `${dialect.text(q(c))} AS ${q(c)}` : q(c),
  );
  const rows = [
    `WITH ${q("npskit_rows")} AS (`,
    `  SELECT ${[`${period} AS ${q("npskit_period_start")}`, `${instant} AS ${q("npskit_instant")}`, ...selected].join(",\n    ")}`,
    `  ${rowsSelection(dialect, table, query, params, query.sample.from?.start)}`,
    ")",
  ].join("\n");
  const comment = columns.comment === undefined ? undefined : q(columns.comment);
  const order = [
    ...(comment === undefined ? [] : [`CASE WHEN ${comment} IS NULL OR ${comment} = '' THEN 1 ELSE 0 END`]),
    `${q("npskit_instant")} DESC`,
    ...(columns.id === undefined ? [] : [q(columns.id)]),
  ];
  const ranked = [
    `, ${q("npskit_ranked")} AS (`,
    `  SELECT ${q("npskit_rows")}.*, ROW_NUMBER() OVER (PARTITION BY ${q("npskit_period_start")} ORDER BY ${order.join(", ")}) AS ${q("npskit_rank")}`,
    `  FROM ${q("npskit_rows")}`,
    ")",
  ].join("\n");
  const limit = params.bind(query.sample.perPeriod, "integer");
  const text = [
    rows + ranked,
    `SELECT ${[...names, `${dialect.utcIso(q("npskit_instant"))} AS ${q("npskit_submitted_at")}`, q("npskit_period_start")].join(", ")}`,
    `FROM ${q("npskit_ranked")}`,
    `WHERE ${q("npskit_rank")} <= ${limit} AND ${q("npskit_period_start")} IS NOT NULL`,
  ].join("\n");
  return params.statement(text);
}
