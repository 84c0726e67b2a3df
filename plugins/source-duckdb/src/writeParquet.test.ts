import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { SurveyResponse } from "@npskit/core";
import { collectSource } from "@npskit/core/testing";
import { equalityRows, responseOfRow } from "@npskit/sql/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { duckdb } from "./duckdbSource.js";
import { parquetWriter } from "./writeParquet.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "npskit-write-parquet-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("parquetWriter", () => {
  it("writes responses that the DuckDB source reads back unchanged", async () => {
    const responses: SurveyResponse[] = equalityRows().map((row, i) => ({
      ...responseOfRow(row),
      ...(i % 3 === 0 && {
        locale: "ru",
        respondent: { email: `p${i}@example.com`, name: "Имя", consentToContact: i % 2 === 0 },
      }),
    }));
    const writer = await parquetWriter(join(dir, "out.parquet"));
    for (const response of responses) writer.add(response);
    const written = await writer.finish();
    expect(written).toMatchObject({
      rows: responses.length,
      segments: ["plan", "region"],
      drivers: ["support"],
    });
    const read = await collectSource(duckdb({ path: "out.parquet", drivers: ["support"] }), { baseDir: dir });
    const byId = (a: SurveyResponse, b: SurveyResponse) => (a.id < b.id ? -1 : 1);
    expect([...read.responses].sort(byId)).toEqual(responses.sort(byId));
  });

  it("leaves out the responses whose keys are excluded", async () => {
    const writer = await parquetWriter(join(dir, "dedup.parquet"));
    writer.add({ id: "a", score: 3, submittedAt: "2026-10-01T00:00:00Z" } as SurveyResponse, "first");
    writer.add({ id: "a", score: 9, submittedAt: "2026-10-02T00:00:00Z" } as SurveyResponse, "second");
    expect(await writer.finish(new Set(["first"]))).toMatchObject({ rows: 1 });
    const read = await collectSource(duckdb({ path: "dedup.parquet" }), { baseDir: dir });
    expect(read.responses).toEqual([{ id: "a", score: 9, submittedAt: "2026-10-02T00:00:00.000Z" }]);
  });

  it("refuses a segment named like a response column, saying which", async () => {
    const writer = await parquetWriter(join(dir, "clash.parquet"));
    writer.add({
      id: "a",
      score: 9,
      submittedAt: "2026-10-01T00:00:00Z",
      segments: { email: "x" },
    } as SurveyResponse);
    await expect(writer.finish()).rejects.toThrow(/"email" would be two columns/);
  });
});
