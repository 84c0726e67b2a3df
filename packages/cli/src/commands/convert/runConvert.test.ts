import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { ingest, NpskitError } from "@npskit/core";
import { duckdb } from "@npskit/source-duckdb";
import { ndjson } from "@npskit/source-ndjson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatConvert } from "./formatConvert.js";
import { runConvert } from "./runConvert.js";

const example = resolve(import.meta.dirname, "../../../../../examples/monthly-report/data/responses.ndjson");
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "npskit-convert-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("runConvert", () => {
  it("writes the responses a report would count, and the DuckDB source counts the same from the file", async () => {
    const run = await runConvert({
      input: [example],
      config: false,
      out: join(dir, "responses.parquet"),
      cwd: dir,
    });
    expect(run.rows).toBe(run.accounting.accepted + run.accounting.unanswered);
    expect(run.segments).toEqual(["channel", "plan", "region"]);
    expect(run.drivers).toEqual(["price", "speed", "support"]);
    expect(run.quarantine).toBe(join(dir, "responses.quarantine.ndjson"));
    expect((await readFile(run.quarantine!, "utf8")).trim().split("\n")).toHaveLength(
      run.accounting.rejected + run.accounting.duplicates,
    );
    const options = { timeZone: "Europe/Moscow", breakdowns: [["region"], ["plan", "channel"]] };
    const fromNdjson = await ingest({ sources: [ndjson({ path: example })], ...options });
    const fromParquet = await ingest({
      sources: [duckdb({ path: run.out, drivers: [...run.drivers] })],
      ...options,
    });
    expect(fromParquet.aggregation).toEqual(fromNdjson.aggregation);
    expect(fromParquet.accounting.accepted).toBe(fromNdjson.accounting.accepted);
    expect(fromParquet.accounting.unanswered).toBe(fromNdjson.accounting.unanswered);
    expect(formatConvert(run, (path) => path.replace(dir, "<dir>"))).toMatchInlineSnapshot(`
      "Wrote 2,578 responses to <dir>/responses.parquet (segments: channel, plan, region; drivers: price, speed, support)
      Read 2,582 records: 2,481 answered, 97 unanswered, 4 rejected, 0 duplicates
      Rejected and superseded records: <dir>/responses.quarantine.ndjson
      Read it with: duckdb({ path: "responses.parquet", drivers: ["price","speed","support"] }) from @npskit/source-duckdb
      "
    `);
  });

  it("refuses an output that is not a .parquet file", async () => {
    const error = await runConvert({ input: [example], config: false, out: join(dir, "x.csv") }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(NpskitError);
    expect(error).toMatchObject({ code: "NPSKIT_E_USAGE" });
  });
});
