import { type AggregateQuery, parsePeriod } from "@npskit/core";
import { describe, expect, it } from "vitest";
import { bigqueryDialect } from "./bigqueryDialect.js";
import { clickhouseDialect } from "./clickhouseDialect.js";
import type { SqlDialect } from "./dialect.js";
import { duckdbDialect } from "./duckdbDialect.js";
import { histogramStatement } from "./histogramStatement.js";
import { postgresDialect } from "./postgresDialect.js";
import type { ResponseTable } from "./responseTable.js";
import { snowflakeDialect } from "./snowflakeDialect.js";

const table: ResponseTable = {
  table: ["analytics", "nps responses"],
  columns: { score: "score", submittedAt: "submitted_at", segments: { plan: "Plan Name" } },
};

const query: AggregateQuery = {
  grain: "month",
  timeZone: "Europe/Berlin",
  breakdowns: [[], ["region"], ["region", "plan"]],
  filters: { channel: "email'; DROP TABLE x; --" },
  from: parsePeriod("2026-01", "Europe/Berlin"),
  to: parsePeriod("2026-10", "Europe/Berlin"),
};

describe("histogramStatement", () => {
  it.each<[string, SqlDialect]>([
    ["duckdb", duckdbDialect],
    ["postgres", postgresDialect],
    ["bigquery", bigqueryDialect],
    ["clickhouse", clickhouseDialect],
    ["snowflake", snowflakeDialect],
  ])("binds every value as a parameter (%s)", (_name, dialect) => {
    const statement = histogramStatement(dialect, table, query);
    expect(statement.text).not.toContain("DROP TABLE");
    expect(statement.text).not.toContain("Europe/Berlin");
    expect(statement.text).not.toContain("2026-");
    expect(statement.params).toContain("email'; DROP TABLE x; --");
    expect(statement.params).toContain("2026-01-01T00:00:00+01:00");
    expect(statement.params).toContain("2026-11-01T00:00:00+01:00");
    expect(Object.values(statement.named)).toEqual(statement.params);
    expect(statement.dimensions).toEqual(["region", "plan"]);
  });

  it("DuckDB: one scan with GROUPING SETS, COUNT(*) FILTER, time zone truncation", () => {
    const statement = histogramStatement(duckdbDialect, table, query);
    expect(statement.text).toMatchInlineSnapshot(`
      "WITH "npskit_rows" AS (
        SELECT strftime(date_trunc('month', timezone($1, TRY_CAST("submitted_at" AS TIMESTAMPTZ))), '%Y-%m-%d') AS "period_start",
          "score" AS "score",
          NULLIF(CAST("region" AS VARCHAR), '') AS "s0",
          NULLIF(CAST("Plan Name" AS VARCHAR), '') AS "s1"
        FROM "analytics"."nps responses"
        WHERE CAST("channel" AS VARCHAR) = $2
          AND TRY_CAST("submitted_at" AS TIMESTAMPTZ) >= CAST($3 AS TIMESTAMPTZ)
          AND TRY_CAST("submitted_at" AS TIMESTAMPTZ) < CAST($4 AS TIMESTAMPTZ)
      )
      SELECT CASE GROUPING("s0", "s1") WHEN 3 THEN 0 WHEN 1 THEN 1 WHEN 0 THEN 2 END AS "breakdown",
        "period_start",
        "s0",
        "s1",
        COUNT(*) FILTER (WHERE "score" = 0) AS "n0",
        COUNT(*) FILTER (WHERE "score" = 1) AS "n1",
        COUNT(*) FILTER (WHERE "score" = 2) AS "n2",
        COUNT(*) FILTER (WHERE "score" = 3) AS "n3",
        COUNT(*) FILTER (WHERE "score" = 4) AS "n4",
        COUNT(*) FILTER (WHERE "score" = 5) AS "n5",
        COUNT(*) FILTER (WHERE "score" = 6) AS "n6",
        COUNT(*) FILTER (WHERE "score" = 7) AS "n7",
        COUNT(*) FILTER (WHERE "score" = 8) AS "n8",
        COUNT(*) FILTER (WHERE "score" = 9) AS "n9",
        COUNT(*) FILTER (WHERE "score" = 10) AS "n10",
        COUNT(*) FILTER (WHERE "score" IS NULL) AS "unanswered",
        COUNT(*) FILTER (WHERE "score" IS NOT NULL AND "score" NOT IN (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)) AS "invalid"
      FROM "npskit_rows"
      GROUP BY GROUPING SETS (("period_start"), ("period_start", "s0"), ("period_start", "s0", "s1"))"
    `);
    expect(statement.params).toMatchInlineSnapshot(`
      [
        "Europe/Berlin",
        "email'; DROP TABLE x; --",
        "2026-01-01T00:00:00+01:00",
        "2026-11-01T00:00:00+01:00",
      ]
    `);
  });

  it("PostgreSQL: AT TIME ZONE, typed placeholders", () => {
    const statement = histogramStatement(postgresDialect, table, { ...query, grain: "week" });
    expect(statement.text).toMatchInlineSnapshot(`
      "WITH "npskit_rows" AS (
        SELECT to_char(date_trunc('week', CAST("submitted_at" AS timestamptz) AT TIME ZONE $1::text), 'YYYY-MM-DD') AS "period_start",
          "score" AS "score",
          NULLIF(CAST("region" AS text), '') AS "s0",
          NULLIF(CAST("Plan Name" AS text), '') AS "s1"
        FROM "analytics"."nps responses"
        WHERE CAST("channel" AS text) = $2::text
          AND CAST("submitted_at" AS timestamptz) >= CAST($3::text AS timestamptz)
          AND CAST("submitted_at" AS timestamptz) < CAST($4::text AS timestamptz)
      )
      SELECT CASE GROUPING("s0", "s1") WHEN 3 THEN 0 WHEN 1 THEN 1 WHEN 0 THEN 2 END AS "breakdown",
        "period_start",
        "s0",
        "s1",
        COUNT(*) FILTER (WHERE "score" = 0) AS "n0",
        COUNT(*) FILTER (WHERE "score" = 1) AS "n1",
        COUNT(*) FILTER (WHERE "score" = 2) AS "n2",
        COUNT(*) FILTER (WHERE "score" = 3) AS "n3",
        COUNT(*) FILTER (WHERE "score" = 4) AS "n4",
        COUNT(*) FILTER (WHERE "score" = 5) AS "n5",
        COUNT(*) FILTER (WHERE "score" = 6) AS "n6",
        COUNT(*) FILTER (WHERE "score" = 7) AS "n7",
        COUNT(*) FILTER (WHERE "score" = 8) AS "n8",
        COUNT(*) FILTER (WHERE "score" = 9) AS "n9",
        COUNT(*) FILTER (WHERE "score" = 10) AS "n10",
        COUNT(*) FILTER (WHERE "score" IS NULL) AS "unanswered",
        COUNT(*) FILTER (WHERE "score" IS NOT NULL AND "score" NOT IN (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)) AS "invalid"
      FROM "npskit_rows"
      GROUP BY GROUPING SETS (("period_start"), ("period_start", "s0"), ("period_start", "s0", "s1"))"
    `);
    expect(statement.params).toMatchInlineSnapshot(`
      [
        "Europe/Berlin",
        "email'; DROP TABLE x; --",
        "2026-01-01T00:00:00+01:00",
        "2026-11-01T00:00:00+01:00",
      ]
    `);
  });

  it("BigQuery: named parameters, ISOWEEK, COUNTIF and UNION ALL", () => {
    const statement = histogramStatement(bigqueryDialect, table, { ...query, grain: "week" });
    expect(statement.text).toMatchInlineSnapshot(`
      "WITH \`npskit_rows\` AS (
        SELECT FORMAT_DATE('%F', DATE_TRUNC(DATE(CAST(\`submitted_at\` AS TIMESTAMP), @p1), ISOWEEK)) AS \`period_start\`,
          \`score\` AS \`score\`,
          NULLIF(CAST(\`region\` AS STRING), '') AS \`s0\`,
          NULLIF(CAST(\`Plan Name\` AS STRING), '') AS \`s1\`
        FROM \`analytics\`.\`nps responses\`
        WHERE CAST(\`channel\` AS STRING) = @p2
          AND CAST(\`submitted_at\` AS TIMESTAMP) >= CAST(@p3 AS TIMESTAMP)
          AND CAST(\`submitted_at\` AS TIMESTAMP) < CAST(@p4 AS TIMESTAMP)
      )
      SELECT 0 AS \`breakdown\`,
        \`period_start\`,
        CAST(NULL AS STRING) AS \`s0\`,
        CAST(NULL AS STRING) AS \`s1\`,
        COUNTIF(\`score\` = 0) AS \`n0\`,
        COUNTIF(\`score\` = 1) AS \`n1\`,
        COUNTIF(\`score\` = 2) AS \`n2\`,
        COUNTIF(\`score\` = 3) AS \`n3\`,
        COUNTIF(\`score\` = 4) AS \`n4\`,
        COUNTIF(\`score\` = 5) AS \`n5\`,
        COUNTIF(\`score\` = 6) AS \`n6\`,
        COUNTIF(\`score\` = 7) AS \`n7\`,
        COUNTIF(\`score\` = 8) AS \`n8\`,
        COUNTIF(\`score\` = 9) AS \`n9\`,
        COUNTIF(\`score\` = 10) AS \`n10\`,
        COUNTIF(\`score\` IS NULL) AS \`unanswered\`,
        COUNTIF(\`score\` IS NOT NULL AND \`score\` NOT IN (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)) AS \`invalid\`
      FROM \`npskit_rows\`
      GROUP BY \`period_start\`
      UNION ALL
      SELECT 1 AS \`breakdown\`,
        \`period_start\`,
        \`s0\`,
        CAST(NULL AS STRING) AS \`s1\`,
        COUNTIF(\`score\` = 0) AS \`n0\`,
        COUNTIF(\`score\` = 1) AS \`n1\`,
        COUNTIF(\`score\` = 2) AS \`n2\`,
        COUNTIF(\`score\` = 3) AS \`n3\`,
        COUNTIF(\`score\` = 4) AS \`n4\`,
        COUNTIF(\`score\` = 5) AS \`n5\`,
        COUNTIF(\`score\` = 6) AS \`n6\`,
        COUNTIF(\`score\` = 7) AS \`n7\`,
        COUNTIF(\`score\` = 8) AS \`n8\`,
        COUNTIF(\`score\` = 9) AS \`n9\`,
        COUNTIF(\`score\` = 10) AS \`n10\`,
        COUNTIF(\`score\` IS NULL) AS \`unanswered\`,
        COUNTIF(\`score\` IS NOT NULL AND \`score\` NOT IN (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)) AS \`invalid\`
      FROM \`npskit_rows\`
      GROUP BY \`period_start\`, \`s0\`
      UNION ALL
      SELECT 2 AS \`breakdown\`,
        \`period_start\`,
        \`s0\`,
        \`s1\`,
        COUNTIF(\`score\` = 0) AS \`n0\`,
        COUNTIF(\`score\` = 1) AS \`n1\`,
        COUNTIF(\`score\` = 2) AS \`n2\`,
        COUNTIF(\`score\` = 3) AS \`n3\`,
        COUNTIF(\`score\` = 4) AS \`n4\`,
        COUNTIF(\`score\` = 5) AS \`n5\`,
        COUNTIF(\`score\` = 6) AS \`n6\`,
        COUNTIF(\`score\` = 7) AS \`n7\`,
        COUNTIF(\`score\` = 8) AS \`n8\`,
        COUNTIF(\`score\` = 9) AS \`n9\`,
        COUNTIF(\`score\` = 10) AS \`n10\`,
        COUNTIF(\`score\` IS NULL) AS \`unanswered\`,
        COUNTIF(\`score\` IS NOT NULL AND \`score\` NOT IN (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)) AS \`invalid\`
      FROM \`npskit_rows\`
      GROUP BY \`period_start\`, \`s0\`, \`s1\`"
    `);
    expect(statement.named).toMatchInlineSnapshot(`
      {
        "p1": "Europe/Berlin",
        "p2": "email'; DROP TABLE x; --",
        "p3": "2026-01-01T00:00:00+01:00",
        "p4": "2026-11-01T00:00:00+01:00",
      }
    `);
  });

  it("ClickHouse: typed named parameters, toStartOfQuarter with the zone, countIf", () => {
    const statement = histogramStatement(clickhouseDialect, table, { ...query, grain: "quarter" });
    expect(statement.text).toMatchInlineSnapshot(`
      "WITH \`npskit_rows\` AS (
        SELECT toString(toStartOfQuarter(\`submitted_at\`, {p1:String})) AS \`period_start\`,
          \`score\` AS \`score\`,
          NULLIF(toString(\`region\`), '') AS \`s0\`,
          NULLIF(toString(\`Plan Name\`), '') AS \`s1\`
        FROM \`analytics\`.\`nps responses\`
        WHERE toString(\`channel\`) = {p2:String}
          AND \`submitted_at\` >= parseDateTime64BestEffort({p3:String}, 3)
          AND \`submitted_at\` < parseDateTime64BestEffort({p4:String}, 3)
      )
      SELECT 0 AS \`breakdown\`,
        \`period_start\`,
        CAST(NULL AS Nullable(String)) AS \`s0\`,
        CAST(NULL AS Nullable(String)) AS \`s1\`,
        countIf(\`score\` = 0) AS \`n0\`,
        countIf(\`score\` = 1) AS \`n1\`,
        countIf(\`score\` = 2) AS \`n2\`,
        countIf(\`score\` = 3) AS \`n3\`,
        countIf(\`score\` = 4) AS \`n4\`,
        countIf(\`score\` = 5) AS \`n5\`,
        countIf(\`score\` = 6) AS \`n6\`,
        countIf(\`score\` = 7) AS \`n7\`,
        countIf(\`score\` = 8) AS \`n8\`,
        countIf(\`score\` = 9) AS \`n9\`,
        countIf(\`score\` = 10) AS \`n10\`,
        countIf(\`score\` IS NULL) AS \`unanswered\`,
        countIf(\`score\` IS NOT NULL AND \`score\` NOT IN (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)) AS \`invalid\`
      FROM \`npskit_rows\`
      GROUP BY \`period_start\`
      UNION ALL
      SELECT 1 AS \`breakdown\`,
        \`period_start\`,
        \`s0\`,
        CAST(NULL AS Nullable(String)) AS \`s1\`,
        countIf(\`score\` = 0) AS \`n0\`,
        countIf(\`score\` = 1) AS \`n1\`,
        countIf(\`score\` = 2) AS \`n2\`,
        countIf(\`score\` = 3) AS \`n3\`,
        countIf(\`score\` = 4) AS \`n4\`,
        countIf(\`score\` = 5) AS \`n5\`,
        countIf(\`score\` = 6) AS \`n6\`,
        countIf(\`score\` = 7) AS \`n7\`,
        countIf(\`score\` = 8) AS \`n8\`,
        countIf(\`score\` = 9) AS \`n9\`,
        countIf(\`score\` = 10) AS \`n10\`,
        countIf(\`score\` IS NULL) AS \`unanswered\`,
        countIf(\`score\` IS NOT NULL AND \`score\` NOT IN (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)) AS \`invalid\`
      FROM \`npskit_rows\`
      GROUP BY \`period_start\`, \`s0\`
      UNION ALL
      SELECT 2 AS \`breakdown\`,
        \`period_start\`,
        \`s0\`,
        \`s1\`,
        countIf(\`score\` = 0) AS \`n0\`,
        countIf(\`score\` = 1) AS \`n1\`,
        countIf(\`score\` = 2) AS \`n2\`,
        countIf(\`score\` = 3) AS \`n3\`,
        countIf(\`score\` = 4) AS \`n4\`,
        countIf(\`score\` = 5) AS \`n5\`,
        countIf(\`score\` = 6) AS \`n6\`,
        countIf(\`score\` = 7) AS \`n7\`,
        countIf(\`score\` = 8) AS \`n8\`,
        countIf(\`score\` = 9) AS \`n9\`,
        countIf(\`score\` = 10) AS \`n10\`,
        countIf(\`score\` IS NULL) AS \`unanswered\`,
        countIf(\`score\` IS NOT NULL AND \`score\` NOT IN (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)) AS \`invalid\`
      FROM \`npskit_rows\`
      GROUP BY \`period_start\`, \`s0\`, \`s1\`"
    `);
    expect(statement.named).toMatchInlineSnapshot(`
      {
        "p1": "Europe/Berlin",
        "p2": "email'; DROP TABLE x; --",
        "p3": "2026-01-01T00:00:00+01:00",
        "p4": "2026-11-01T00:00:00+01:00",
      }
    `);
  });

  it("Snowflake: ? parameters in order (the zone bound at each use), ISO weeks by DAYOFWEEKISO, SUM(CASE …)", () => {
    const statement = histogramStatement(snowflakeDialect, table, {
      grain: "week",
      timeZone: "America/New_York",
      breakdowns: [[], ["region"]],
    });
    expect(statement.text).toMatchInlineSnapshot(`
      "WITH "npskit_rows" AS (
        SELECT TO_VARCHAR(DATEADD('day', 1 - DAYOFWEEKISO(CAST(CONVERT_TIMEZONE(?, TO_TIMESTAMP_TZ("submitted_at")) AS DATE)), CAST(CONVERT_TIMEZONE(?, TO_TIMESTAMP_TZ("submitted_at")) AS DATE)), 'YYYY-MM-DD') AS "period_start",
          "score" AS "score",
          NULLIF(CAST("region" AS VARCHAR), '') AS "s0"
        FROM "analytics"."nps responses"
      )
      SELECT CASE GROUPING("s0") WHEN 1 THEN 0 WHEN 0 THEN 1 END AS "breakdown",
        "period_start",
        "s0",
        SUM(CASE WHEN "score" = 0 THEN 1 ELSE 0 END) AS "n0",
        SUM(CASE WHEN "score" = 1 THEN 1 ELSE 0 END) AS "n1",
        SUM(CASE WHEN "score" = 2 THEN 1 ELSE 0 END) AS "n2",
        SUM(CASE WHEN "score" = 3 THEN 1 ELSE 0 END) AS "n3",
        SUM(CASE WHEN "score" = 4 THEN 1 ELSE 0 END) AS "n4",
        SUM(CASE WHEN "score" = 5 THEN 1 ELSE 0 END) AS "n5",
        SUM(CASE WHEN "score" = 6 THEN 1 ELSE 0 END) AS "n6",
        SUM(CASE WHEN "score" = 7 THEN 1 ELSE 0 END) AS "n7",
        SUM(CASE WHEN "score" = 8 THEN 1 ELSE 0 END) AS "n8",
        SUM(CASE WHEN "score" = 9 THEN 1 ELSE 0 END) AS "n9",
        SUM(CASE WHEN "score" = 10 THEN 1 ELSE 0 END) AS "n10",
        SUM(CASE WHEN "score" IS NULL THEN 1 ELSE 0 END) AS "unanswered",
        SUM(CASE WHEN "score" IS NOT NULL AND "score" NOT IN (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10) THEN 1 ELSE 0 END) AS "invalid"
      FROM "npskit_rows"
      GROUP BY GROUPING SETS (("period_start"), ("period_start", "s0"))"
    `);
    expect(statement.params).toEqual(["America/New_York", "America/New_York"]);
  });

  it("counts the overall total alone with a plain GROUP BY", () => {
    const statement = histogramStatement(duckdbDialect, table, {
      grain: "year",
      timeZone: "UTC",
      breakdowns: [[]],
    });
    expect(statement.text).toContain('GROUP BY "period_start"');
    expect(statement.text).not.toContain("GROUPING");
    expect(statement.params).toEqual(["UTC"]);
  });
});
