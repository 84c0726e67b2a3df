import {
  type AggregateQuery,
  type AggregateResult,
  defineSource,
  type SourceContext,
  type SourceRecord,
} from "@npskit/core";
import {
  aggregationFromRows,
  histogramStatement,
  postgresDialect,
  recordFromRow,
  responseColumnsFor,
  SUBMITTED_AT,
  sampleStatement,
  type TableColumns,
} from "@npskit/sql";
import type { PostgresOptions } from "./postgresOptions.js";
import { openPostgres, type PostgresSession } from "./postgresSession.js";

/** Type OIDs of int2, int4, int8, float4, float8 and numeric: a score of another type is checked row by row. */
const NUMERIC_TYPES = new Set([21, 23, 20, 700, 701, 1700]);

/**
 * Reads responses from a PostgreSQL table or view. With `aggregate`, PostgreSQL counts the histograms of a
 * report (`GROUP BY GROUPING SETS`, one scan) and only periods × segments × 11 numbers travel, with a bounded
 * sample of responses for comments when the report asks for one; `read` streams every row through a cursor.
 * Rows that cannot be counted (a score outside 0–10, no date) make `aggregate` decline, so that `read`
 * rejects each with its id.
 *
 * @example
 * defineConfig({ sources: [postgres({ connection: process.env.DATABASE_URL, table: "analytics.nps_responses" })] })
 */
export const postgres = defineSource((options: PostgresOptions) => {
  const table = typeof options.table === "string" ? options.table.split(".") : [...options.table];
  const open = (ctx: SourceContext): Promise<PostgresSession> =>
    openPostgres(
      options.connection,
      table,
      { ...options, timeZone: options.timeZone ?? ctx.timeZone },
      postgresDialect.quote,
    );
  const where = table.join(".");
  return {
    name: "npskit:postgres",

    async aggregate(query, ctx) {
      const session = await open(ctx);
      try {
        return await aggregateIn(session, table, query, ctx);
      } finally {
        await session.close();
      }
    },

    async *read(ctx) {
      const session = await open(ctx);
      const { batchSize = 5000 } = options;
      try {
        // A cursor in a read-only transaction: rows arrive in batches, never all at once.
        await session.query("BEGIN READ ONLY");
        await session.query(`DECLARE npskit_rows NO SCROLL CURSOR FOR ${selectAll(session.columns, table)}`);
        let records = 0;
        for (;;) {
          const { rows } = await session.query(`FETCH FORWARD ${Number(batchSize)} FROM npskit_rows`);
          if (rows.length === 0) break;
          records += rows.length;
          yield rows.map((row) => toRecord(row, session.columns, where));
          ctx.progress({ records });
          if (ctx.signal.aborted) return;
        }
        await session.query("COMMIT");
      } finally {
        await session.close();
      }
    },
  };
});

async function aggregateIn(
  session: PostgresSession,
  table: readonly string[],
  query: AggregateQuery,
  ctx: SourceContext,
): Promise<AggregateResult | null> {
  const { columns } = session;
  if (!NUMERIC_TYPES.has(session.types.get(columns.response.score) ?? 0)) {
    ctx.logger.info("npskit:postgres: the score column is not a number type: reading rows to check each one");
    return null;
  }
  const dimensions = [...query.breakdowns.flat(), ...Object.keys(query.filters ?? {})];
  const responseTable = { table, columns: responseColumnsFor(columns, dimensions) };
  const statement = histogramStatement(postgresDialect, responseTable, query);
  const { rows } = await session.query(statement.text, statement.params);
  const { aggregation, uncounted } = aggregationFromRows(rows, query, statement.dimensions);
  if (uncounted > 0) {
    ctx.logger.warn(
      `npskit:postgres: ${uncounted} rows have no date or a score outside 0–10: reading rows to reject each one`,
    );
    return null;
  }
  if (query.sample === undefined) return aggregation;
  const sample = sampleStatement(
    postgresDialect,
    responseTable,
    query,
    selectedColumns(columns),
    columns.segments,
  );
  const sampled = await session.query(sample.text, sample.params);
  return { ...aggregation, sample: sampled.rows.map((row) => toRecord(row, columns, table.join("."))) };
}

/** Every column a response is made from. */
function selectedColumns(columns: TableColumns): string[] {
  return [...new Set([...Object.values(columns.fields), ...columns.segments, ...columns.drivers])];
}

/** The `read` statement: every mapped column (segments as text, as the histograms read them) and the instant in UTC. */
function selectAll(columns: TableColumns, table: readonly string[]): string {
  const q = postgresDialect.quote;
  const list = selectedColumns(columns).map((c) =>
    columns.segments.includes(c) ? `${postgresDialect.text(q(c))} AS ${q(c)}` : q(c),
  );
  const instant = postgresDialect.utcIso(postgresDialect.instant(q(columns.response.submittedAt)));
  return `SELECT ${[...list, `${instant} AS ${q(SUBMITTED_AT)}`].join(", ")} FROM ${table.map(q).join(".")}`;
}

function toRecord(
  row: Readonly<Record<string, unknown>>,
  columns: TableColumns,
  table: string,
): SourceRecord {
  const id = columns.fields.id === undefined ? undefined : row[columns.fields.id];
  return recordFromRow(row, columns, {
    file: table,
    ...(id !== null && id !== undefined && { recordId: String(id) }),
  });
}
