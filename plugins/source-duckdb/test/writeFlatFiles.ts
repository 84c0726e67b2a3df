import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { FLAT_COLUMNS, type FlatRow } from "@npskit/sql/testing";

/**
 * Writes `rows` as a folder of two Parquet files (`parquet/`), one CSV file and one NDJSON file under `dir`,
 * through DuckDB itself, with typed columns (a TIMESTAMPTZ instant, an INTEGER score).
 */
export async function writeFlatFiles(dir: string, rows: readonly FlatRow[]): Promise<void> {
  const json = join(dir, "responses.ndjson");
  await writeFile(json, `${rows.map((row) => JSON.stringify(row)).join("\n")}\n`);
  await mkdir(join(dir, "parquet", "2026"), { recursive: true });
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;
  const types = FLAT_COLUMNS.map(([name, type]) => `${literal(name)}: ${literal(type)}`).join(", ");
  try {
    await connection.run(
      `CREATE TABLE flat AS SELECT * FROM read_json(${literal(json)}, columns = {${types}})`,
    );
    await connection.run(
      `COPY (SELECT * FROM flat WHERE id < 'r-0300') TO ${literal(join(dir, "parquet", "part-1.parquet"))} (FORMAT parquet)`,
    );
    await connection.run(
      `COPY (SELECT * FROM flat WHERE id >= 'r-0300') TO ${literal(join(dir, "parquet", "2026", "part-2.parquet"))} (FORMAT parquet)`,
    );
    await connection.run(`COPY flat TO ${literal(join(dir, "responses.csv"))} (FORMAT csv, HEADER)`);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
