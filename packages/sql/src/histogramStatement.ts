import type { AggregateQuery } from "@npskit/core";
import type { SqlDialect } from "./dialect.js";
import { type ResponseTable, segmentText } from "./responseTable.js";
import { rowsSelection } from "./rowsSelection.js";
import { SqlParams, type SqlStatement } from "./sqlStatement.js";

/** Scores a histogram counts, 0 to 10. */
const SCORES = Array.from({ length: 11 }, (_, score) => score);

/** The histogram statement, and the segment dimensions its columns `s0`, `s1`… hold, in order. */
export interface HistogramStatement extends SqlStatement {
  readonly dimensions: readonly string[];
}

/**
 * The statement that counts responses into histograms by period × breakdown where the data live. Each result
 * row is one group: `breakdown` (the index of the query's breakdown, the overall total being 0),
 * `period_start` ("YYYY-MM-DD", the local first day of the period; NULL for rows without a usable date),
 * `s0`… (segment values as text, NULL when missing or empty), `n0`…`n10` (responses per score),
 * `unanswered` (NULL score) and `invalid` (a score that is not an integer from 0 to 10). Read the rows with
 * `aggregationFromRows`. The breakdowns must be normalised (overall total first), as `ingest` passes them.
 *
 * @example
 * histogramStatement(postgresDialect, { table: ["responses"], columns: { score: "score", submittedAt: "submitted_at" } },
 *   { grain: "month", timeZone: "Europe/Berlin", breakdowns: [[]] })
 * // { text: "WITH npskit_rows AS (\n  SELECT to_char(date_trunc('month', … AT TIME ZONE $1::text), …", params: ["Europe/Berlin"], … }
 */
export function histogramStatement(
  dialect: SqlDialect,
  table: ResponseTable,
  query: AggregateQuery,
): HistogramStatement {
  const params = new SqlParams(dialect);
  const q = (name: string) => dialect.quote(name);
  const dimensions = [...new Set(query.breakdowns.flat())];
  const alias = (dimension: string) => q(`s${dimensions.indexOf(dimension)}`);
  const instant = dialect.instant(q(table.columns.submittedAt));
  const period = dialect.periodStart(instant, query.grain, () => params.bind(query.timeZone));
  const segments = dimensions.map(
    (dimension, i) => `NULLIF(${segmentText(dialect, table.columns, dimension)}, '') AS ${q(`s${i}`)}`,
  );
  const rows = [
    `WITH ${q("npskit_rows")} AS (`,
    `  SELECT ${[`${period} AS ${q("period_start")}`, `${q(table.columns.score)} AS ${q("score")}`, ...segments].join(",\n    ")}`,
    `  ${rowsSelection(dialect, table, query, params)}`,
    ")",
  ].join("\n");

  const score = q("score");
  const counts = [
    ...SCORES.map((s) => `${dialect.countIf(`${score} = ${s}`)} AS ${q(`n${s}`)}`),
    `${dialect.countIf(`${score} IS NULL`)} AS ${q("unanswered")}`,
    `${dialect.countIf(`${score} IS NOT NULL AND ${score} NOT IN (${SCORES.join(", ")})`)} AS ${q("invalid")}`,
  ];
  const groupBy = (breakdown: readonly string[]) => [q("period_start"), ...breakdown.map(alias)];
  const select = (breakdownColumn: string, values: readonly string[], by: string) =>
    `SELECT ${[breakdownColumn, q("period_start"), ...values, ...counts].join(",\n  ")}\nFROM ${q("npskit_rows")}\nGROUP BY ${by}`;

  let body: string;
  if (dimensions.length === 0) {
    body = select(`0 AS ${q("breakdown")}`, [], groupBy([]).join(", "));
  } else if (dialect.groupingSets) {
    // GROUPING(s0, s1, …) sets the bit of each column a row is not grouped by (s0 the highest): one mask
    // per breakdown, since the breakdowns are distinct sets of dimensions.
    const masks = query.breakdowns.map((breakdown, index) => {
      const mask = dimensions.reduce(
        (bits, dimension, i) =>
          breakdown.includes(dimension) ? bits : bits | (1 << (dimensions.length - 1 - i)),
        0,
      );
      return `WHEN ${mask} THEN ${index}`;
    });
    const which = `CASE GROUPING(${dimensions.map(alias).join(", ")}) ${masks.join(" ")} END AS ${q("breakdown")}`;
    const sets = query.breakdowns.map((breakdown) => `(${groupBy(breakdown).join(", ")})`);
    body = select(which, dimensions.map(alias), `GROUPING SETS (${sets.join(", ")})`);
  } else {
    body = query.breakdowns
      .map((breakdown, index) =>
        select(
          `${index} AS ${q("breakdown")}`,
          dimensions.map((d) => (breakdown.includes(d) ? alias(d) : `${dialect.nullText} AS ${alias(d)}`)),
          groupBy(breakdown).join(", "),
        ),
      )
      .join("\nUNION ALL\n");
  }
  return { ...params.statement(`${rows}\n${body}`), dimensions };
}
