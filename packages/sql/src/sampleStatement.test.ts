import { parsePeriod } from "@npskit/core";
import { describe, expect, it } from "vitest";
import { bigqueryDialect } from "./bigqueryDialect.js";
import { postgresDialect } from "./postgresDialect.js";
import { sampleStatement } from "./sampleStatement.js";

const table = {
  table: ["responses"],
  columns: {
    score: "score",
    submittedAt: "submitted_at",
    id: "id",
    comment: "comment",
    segments: { region: "region" },
  },
};

describe("sampleStatement", () => {
  it("ranks each period's rows, commented first, newest first, then by id, and binds the limit and range", () => {
    const statement = sampleStatement(
      postgresDialect,
      table,
      {
        grain: "month",
        timeZone: "Europe/Berlin",
        breakdowns: [[]],
        filters: { region: "Europe" },
        sample: { perPeriod: 50, from: parsePeriod("2026-09", "Europe/Berlin") },
      },
      ["id", "score", "region"],
      ["region"],
    );
    expect(statement.text).toMatchInlineSnapshot(`
      "WITH "npskit_rows" AS (
        SELECT to_char(date_trunc('month', CAST("submitted_at" AS timestamptz) AT TIME ZONE $1::text), 'YYYY-MM-DD') AS "npskit_period_start",
          CAST("submitted_at" AS timestamptz) AS "npskit_instant",
          "id",
          "score",
          CAST("region" AS text) AS "region",
          "comment"
        FROM "responses"
        WHERE CAST("region" AS text) = $2::text
          AND CAST("submitted_at" AS timestamptz) >= CAST($3::text AS timestamptz)
      ), "npskit_ranked" AS (
        SELECT "npskit_rows".*, ROW_NUMBER() OVER (PARTITION BY "npskit_period_start" ORDER BY CASE WHEN "comment" IS NULL OR "comment" = '' THEN 1 ELSE 0 END, "npskit_instant" DESC, "id") AS "npskit_rank"
        FROM "npskit_rows"
      )
      SELECT "id", "score", "region", "comment", to_char("npskit_instant" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "npskit_submitted_at", "npskit_period_start"
      FROM "npskit_ranked"
      WHERE "npskit_rank" <= $4::integer AND "npskit_period_start" IS NOT NULL"
    `);
    expect(statement.params).toEqual(["Europe/Berlin", "Europe", "2026-09-01T00:00:00+02:00", 50]);
  });

  it("writes named parameters for BigQuery", () => {
    const statement = sampleStatement(
      bigqueryDialect,
      table,
      { grain: "week", timeZone: "UTC", breakdowns: [[]], sample: { perPeriod: 5 } },
      ["id"],
    );
    expect(statement.text).toContain("<= @p2");
    expect(statement.named).toEqual({ p1: "UTC", p2: 5 });
  });

  it("refuses a query without a sample", () => {
    expect(() =>
      sampleStatement(postgresDialect, table, { grain: "month", timeZone: "UTC", breakdowns: [[]] }, []),
    ).toThrow(/asks for no sample/);
  });
});
