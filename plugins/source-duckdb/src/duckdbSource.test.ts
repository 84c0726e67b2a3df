import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  type AggregateQuery,
  ingest,
  parsePeriod,
  type SourceContext,
  type SurveyResponse,
  silentLogger,
} from "@npskit/core";
import { collectSource } from "@npskit/core/testing";
import { equalityQueries, equalityRows, expectedAggregation, responseOfRow } from "@npskit/sql/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeFlatFiles } from "../test/writeFlatFiles.js";
import { duckdb } from "./duckdbSource.js";

const rows = equalityRows();
const truth = rows.map(responseOfRow);
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "npskit-duckdb-"));
  await writeFlatFiles(dir, rows);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function context(timeZone = "UTC"): SourceContext {
  return {
    signal: new AbortController().signal,
    logger: silentLogger,
    timeZone,
    baseDir: dir,
    reject: () => {
      throw new Error("unexpected rejection");
    },
    progress: () => {},
  };
}

const options = { drivers: ["support"] };

// Every query on the Parquet folder; on CSV and JSON, whose dates DuckDB sniffs from text, the queries that
// cross the DST changes (a full run of each format is ~20 s more for the same SQL).
const dstQueries = equalityQueries().filter(
  (query) => query.grain === "month" && query.filters === undefined && query.timeZone !== "UTC",
);
describe.each([
  ["a folder of Parquet files", "parquet", equalityQueries()],
  ["a CSV file", "responses.csv", dstQueries],
  ["an NDJSON file", "responses.ndjson", dstQueries],
])("duckdb source over %s", (_what, path, queries) => {
  it("reads every row as the response it is", async () => {
    const read = await collectSource(duckdb({ path, ...options }), { baseDir: dir });
    expect(read.accounting).toMatchObject({ read: rows.length, rejected: 0 });
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
    expect([...read.responses].sort(byId)).toEqual([...truth].sort(byId));
  });

  it.each(queries.map((query) => [describeQuery(query), query] as const))(
    "pushes down %s with the histograms of the row-level path",
    async (_name, query) => {
      const pushed = await duckdb({ path, ...options }).aggregate!(query, context(query.timeZone));
      expect(pushed).toEqual(expectedAggregation(truth, query));
    },
  );
});

describe("duckdb source: pushdown in the pipeline", () => {
  it("gives ingest the same aggregation, accounting and sample as reading every row", async () => {
    const breakdowns = [["region"], ["plan"]];
    const sampled: string[] = [];
    const pushed = await ingest({
      sources: [duckdb({ path: "parquet", ...options })],
      baseDir: dir,
      timeZone: "Europe/Berlin",
      breakdowns,
      onResponse: (response) => sampled.push(response.id),
      responseSample: { perPeriod: 1000 },
    });
    const read = await ingest({
      sources: [duckdb({ path: "parquet", ...options })],
      baseDir: dir,
      timeZone: "Europe/Berlin",
      breakdowns,
      onResponse: () => {},
    });
    expect(pushed.aggregation).toEqual(read.aggregation);
    expect(pushed.accounting).toEqual(read.accounting);
    expect(sampled.sort()).toEqual(truth.map((r) => r.id).sort());
  });

  it("samples at most perPeriod responses of each period, commented ones first, newest first", async () => {
    const query: AggregateQuery = {
      grain: "month",
      timeZone: "UTC",
      breakdowns: [[]],
      sample: { perPeriod: 3 },
    };
    const result = await duckdb({ path: "parquet", ...options }).aggregate!(query, context());
    const sample = (result?.sample ?? []).map(
      (record) => record.response as { id: string; submittedAt: string; comment?: string },
    );
    const byMonth = new Map<string, SurveyResponse[]>();
    for (const response of truth) {
      const month = response.submittedAt.slice(0, 7);
      byMonth.set(month, [...(byMonth.get(month) ?? []), response]);
    }
    const expected = [...byMonth.values()].flatMap((responses) =>
      [...responses]
        .sort(
          (a, b) =>
            Number(a.comment === undefined) - Number(b.comment === undefined) ||
            b.submittedAt.localeCompare(a.submittedAt) ||
            a.id.localeCompare(b.id),
        )
        .slice(0, 3)
        .map((r) => r.id),
    );
    expect(sample).toHaveLength(expected.length);
    expect(sample.map((r) => r.id).sort()).toEqual(expected.sort());
  });

  it("samples only from the sample's first period on, while the histograms cover every period", async () => {
    const from = parsePeriod("2026-12", "UTC");
    const query: AggregateQuery = {
      grain: "month",
      timeZone: "UTC",
      breakdowns: [[]],
      sample: { perPeriod: 1000, from },
    };
    const result = await duckdb({ path: "parquet", ...options }).aggregate!(query, context());
    const sampled = (result?.sample ?? []).map((record) => (record.response as { id: string }).id).sort();
    expect(sampled).toEqual(
      truth
        .filter((r) => r.submittedAt >= "2026-12")
        .map((r) => r.id)
        .sort(),
    );
    expect(result?.periods[0]?.key).toBe("2026-06");
  });

  it("declines when a row cannot be counted, so that read rejects it with its file", async () => {
    const broken = join(dir, "broken.csv");
    await writeFile(
      broken,
      "id,submitted_at,score\na,2026-10-01T10:00:00Z,7\nb,2026-10-02T10:00:00Z,11\nc,yesterday,5\n",
    );
    const result = await ingest({
      sources: [duckdb({ path: "broken.csv" })],
      baseDir: dir,
      onReject: () => {},
    });
    expect(result.accounting).toMatchObject({ read: 3, accepted: 1, rejected: 2 });
  });
});

describe("duckdb source: errors name the source and say what is wrong, in one line", () => {
  it.each([
    [
      "a missing file",
      { path: "nope.parquet" },
      /^plugin "npskit:duckdb" failed in aggregate\(\): nope\.parquet: no such file or folder$/,
    ],
    [
      "a missing column",
      { path: "parquet", columns: { score: "nps" } },
      /^plugin "npskit:duckdb" failed in aggregate\(\): columns\.score: column "nps" is not in .*parquet.*$/,
    ],
    [
      "a broken Parquet file",
      { path: "responses.csv", format: "parquet" as const },
      /^plugin "npskit:duckdb" failed in aggregate\(\): DuckDB could not read .*responses\.csv: .+$/,
    ],
  ])("%s", async (_what, source, message) => {
    const error = await ingest({ sources: [duckdb(source)], baseDir: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain("\n");
  });
});

function describeQuery(query: AggregateQuery): string {
  const parts = [query.grain, query.timeZone, JSON.stringify(query.breakdowns.slice(1))];
  if (query.filters !== undefined) parts.push(`filters ${JSON.stringify(query.filters)}`);
  if (query.from !== undefined) parts.push(`from ${query.from.key} to ${query.to?.key}`);
  return parts.join(" ");
}
