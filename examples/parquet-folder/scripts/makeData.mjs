// Rebuilds data/: the monthly-report example's responses, validated and de-duplicated by `npskit convert`,
// then split into one Parquet file per year — a folder of files, as a data lake would hold them.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DuckDBInstance } from "@duckdb/node-api";

const here = fileURLToPath(new URL("..", import.meta.url));
const npskit = join(here, "node_modules/@npskit/cli/bin/npskit.js");
const work = mkdtempSync(join(tmpdir(), "npskit-parquet-example-"));
const all = join(work, "all.parquet");
try {
  execFileSync(
    process.execPath,
    [
      npskit,
      "convert",
      "--no-config",
      "--input",
      join(here, "../monthly-report/data/responses.ndjson"),
      "--out",
      all,
    ],
    { stdio: "inherit" },
  );
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  const literal = (text) => `'${text.replaceAll("'", "''")}'`;
  for (const year of [2025, 2026]) {
    const out = join(here, "data", `responses-${year}.parquet`);
    await connection.run(
      `COPY (SELECT * FROM read_parquet(${literal(all)}) WHERE year(submitted_at AT TIME ZONE 'UTC') = ${year} ORDER BY id) TO ${literal(out)} (FORMAT parquet, COMPRESSION zstd)`,
    );
    console.log(`wrote ${out}`);
  }
  connection.closeSync();
  instance.closeSync();
} finally {
  rmSync(work, { recursive: true, force: true });
}
