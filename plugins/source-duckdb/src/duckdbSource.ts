import {
  type AggregateQuery,
  type AggregateResult,
  defineSource,
  type SourceContext,
  type SourceRecord,
} from "@npskit/core";
import {
  aggregationFromRows,
  duckdbDialect,
  histogramStatement,
  recordFromRow,
  responseColumnsFor,
  SUBMITTED_AT,
  sampleStatement,
  type TableColumns,
} from "@npskit/sql";
import type { DuckdbOptions } from "./duckdbOptions.js";
import { type DuckdbSession, duckdbError, openDuckdb, VIEW } from "./duckdbSession.js";
import { FILE_COLUMN, fileRelation } from "./fileRelation.js";

/**
 * Reads Parquet, CSV and JSON files — one, a glob, or whole folders — through an embedded DuckDB. With
 * `aggregate`, the histograms of a report are counted by DuckDB where the files are (a `GROUP BY` over
 * all cores) and only periods × segments × 11 numbers reach npskit, with a bounded sample of responses for
 * comments when the report asks for one; `read` yields every row for `validate`, `convert` and callers that
 * need all of them. When some rows cannot be counted (a score outside 0–10, an unreadable date), `aggregate`
 * declines, so that `read` rejects each one with its file.
 *
 * @example
 * defineConfig({ sources: [duckdb({ path: "warehouse/nps/", drivers: ["support", "price"] })] })
 */
export const duckdb = defineSource((options: DuckdbOptions) => {
  const paths = typeof options.path === "string" ? [options.path] : [...options.path];
  const open = async (ctx: SourceContext): Promise<DuckdbSession> =>
    openDuckdb(await fileRelation(paths, ctx.baseDir, options.format), {
      ...options,
      timeZone: options.timeZone ?? ctx.timeZone,
    });
  return {
    name: "npskit:duckdb",

    async aggregate(query, ctx) {
      const session = await open(ctx);
      // A long scan stops when the build is interrupted, rather than running to its end.
      const interrupt = () => session.connection.interrupt();
      ctx.signal.addEventListener("abort", interrupt, { once: true });
      try {
        return await aggregateIn(session, query, ctx);
      } finally {
        ctx.signal.removeEventListener("abort", interrupt);
        session.close();
      }
    },

    async *read(ctx) {
      const session = await open(ctx);
      const { batchSize = 2048 } = options;
      try {
        const result = await session.connection
          .stream(selectAll(session.columns), [])
          .catch((error: unknown) => {
            throw duckdbError(error, paths.join(", "));
          });
        let batch: SourceRecord[] = [];
        let records = 0;
        for await (const rows of result.yieldRowObjectJs()) {
          for (const row of rows) {
            batch.push(toRecord(row, session.columns));
            if (batch.length >= batchSize) {
              records += batch.length;
              yield batch;
              batch = [];
              ctx.progress({ records });
              if (ctx.signal.aborted) return;
            }
          }
        }
        if (batch.length > 0) yield batch;
      } finally {
        session.close();
      }
    },
  };
});

async function aggregateIn(
  session: DuckdbSession,
  query: AggregateQuery,
  ctx: SourceContext,
): Promise<AggregateResult | null> {
  const { columns } = session;
  const scoreType = session.types.get(columns.response.score) ?? "";
  if (!NUMERIC.test(scoreType)) {
    ctx.logger.info(
      `npskit:duckdb: the score column is ${scoreType}, not a number: reading rows to check each one`,
    );
    return null;
  }
  const dimensions = [...query.breakdowns.flat(), ...Object.keys(query.filters ?? {})];
  const table = { table: [VIEW], columns: responseColumnsFor(columns, dimensions) };
  const statement = histogramStatement(duckdbDialect, table, query);
  const { aggregation, uncounted } = aggregationFromRows(
    await session.rows(statement.text, statement.params),
    query,
    statement.dimensions,
  );
  if (uncounted > 0) {
    ctx.logger.warn(
      `npskit:duckdb: ${uncounted} rows have no readable date or a score outside 0–10: reading rows to reject each with its file`,
    );
    return null;
  }
  if (query.sample === undefined) return aggregation;
  const sample = sampleStatement(
    duckdbDialect,
    table,
    query,
    [...selectedColumns(columns), FILE_COLUMN],
    columns.segments,
  );
  const rows = await session.rows(sample.text, sample.params);
  return { ...aggregation, sample: rows.map((row) => toRecord(row, columns)) };
}

/** Integer and floating-point DuckDB types: a score column of another type is checked row by row. */
const NUMERIC =
  /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|FLOAT|DOUBLE|DECIMAL)/;

/** Every column a response is made from. */
function selectedColumns(columns: TableColumns): string[] {
  return [...new Set([...Object.values(columns.fields), ...columns.segments, ...columns.drivers])];
}

/** The `read` statement: every mapped column (segments as text, as the histograms read them) and the instant in UTC. */
function selectAll(columns: TableColumns): string {
  const q = duckdbDialect.quote;
  const list = selectedColumns(columns).map((c) =>
    columns.segments.includes(c) ? `${duckdbDialect.text(q(c))} AS ${q(c)}` : q(c),
  );
  const instant = duckdbDialect.utcIso(duckdbDialect.instant(q(columns.response.submittedAt)));
  return `SELECT ${[...list, `${instant} AS ${q(SUBMITTED_AT)}`, q(FILE_COLUMN)].join(", ")} FROM ${VIEW}`;
}

function toRecord(row: Readonly<Record<string, unknown>>, columns: TableColumns): SourceRecord {
  const id = columns.fields.id === undefined ? undefined : row[columns.fields.id];
  return recordFromRow(row, columns, {
    file: String(row[FILE_COLUMN]),
    ...(id !== null && id !== undefined && { recordId: String(id) }),
  });
}
