import { type AggregateQuery, ingest, type SourceContext, silentLogger } from "@npskit/core";
import { collectSource } from "@npskit/core/testing";
import { equalityQueries, equalityRows, expectedAggregation, responseOfRow } from "@npskit/sql/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadFlatRows } from "../test/loadFlatRows.js";
import { postgres } from "./postgresSource.js";
import { startPostgres, type TestPostgres } from "./testing/startPostgres.js";

const rows = equalityRows();
const truth = rows.map(responseOfRow);
let server: TestPostgres;

beforeAll(async () => {
  server = await startPostgres();
  await loadFlatRows(server.url, "responses", rows);
}, 60_000);
afterAll(async () => {
  await server?.stop();
});

function context(timeZone = "UTC"): SourceContext {
  return {
    signal: new AbortController().signal,
    logger: silentLogger,
    timeZone,
    baseDir: process.cwd(),
    reject: () => {
      throw new Error("unexpected rejection");
    },
    progress: () => {},
  };
}

const source = () =>
  postgres({ connection: server.url, table: "public.responses", drivers: ["support"], batchSize: 250 });

describe("postgres source", () => {
  it("reads every row as the response it is, in batches through a cursor", async () => {
    const read = await collectSource(source());
    expect(read.accounting).toMatchObject({ read: rows.length, rejected: 0 });
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
    expect([...read.responses].sort(byId)).toEqual([...truth].sort(byId));
  });

  it.each(equalityQueries().map((query) => [describeQuery(query), query] as const))(
    "pushes down %s with the histograms of the row-level path",
    async (_name, query) => {
      expect(await source().aggregate!(query, context(query.timeZone))).toEqual(
        expectedAggregation(truth, query),
      );
    },
  );

  it("gives ingest the same aggregation, accounting and sample as reading every row", async () => {
    const breakdowns = [["region"], ["plan"]];
    const sampled: string[] = [];
    const pushed = await ingest({
      sources: [source()],
      timeZone: "America/New_York",
      breakdowns,
      onResponse: (response) => sampled.push(response.id),
      responseSample: { perPeriod: 1000 },
    });
    const read = await ingest({
      sources: [source()],
      timeZone: "America/New_York",
      breakdowns,
      onResponse: () => {},
    });
    expect(pushed.aggregation).toEqual(read.aggregation);
    expect(pushed.accounting).toEqual(read.accounting);
    expect(sampled.sort()).toEqual(truth.map((r) => r.id).sort());
  });
});

describe("postgres source: errors name the source and say what is wrong, in one line", () => {
  it.each([
    [
      "bad credentials",
      () => ({ connection: server.url.replace("npskit-test-password", "wrong"), table: "responses" }),
      /password authentication failed for user "npskit"/,
    ],
    ["a missing table", () => ({ connection: server.url, table: "nope" }), /relation "nope" does not exist/],
    [
      "a missing column",
      () => ({ connection: server.url, table: "responses", columns: { score: "nps" } }),
      /columns\.score: column "nps" is not in table responses/,
    ],
    [
      "a network error",
      () => ({
        connection: { host: "127.0.0.1", port: 1, user: "x", password: "y", database: "z" },
        table: "responses",
      }),
      /PostgreSQL at 127\.0\.0\.1:1\/z: .*ECONNREFUSED/,
    ],
  ])("%s", async (_what, options, message) => {
    const error = await ingest({ sources: [postgres(options())] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^plugin "npskit:postgres" failed in aggregate\(\): /);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain("\n");
    expect((error as Error).message).not.toContain("npskit-test-password");
  });
});

function describeQuery(query: AggregateQuery): string {
  const parts = [query.grain, query.timeZone, JSON.stringify(query.breakdowns.slice(1))];
  if (query.filters !== undefined) parts.push(`filters ${JSON.stringify(query.filters)}`);
  if (query.from !== undefined) parts.push(`from ${query.from.key} to ${query.to?.key}`);
  return parts.join(" ");
}
