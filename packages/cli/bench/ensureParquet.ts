import { rename, stat } from "node:fs/promises";
import type { Dataset } from "./ensureDataset.js";

/**
 * The generated CSV as a Parquet file next to it (`….parquet`), written by DuckDB with typed columns (the
 * instant as TIMESTAMPTZ, the score as INTEGER, an empty score as NULL) — made once and reused while it is
 * newer than the CSV. Conversion is setup, not part of what the pushdown benchmark measures.
 */
export async function ensureParquet(
  dataset: Dataset,
  log: (line: string) => void,
): Promise<{ path: string; bytes: number }> {
  const path = dataset.csv.replace(/\.csv$/, ".parquet");
  const [csv, parquet] = await Promise.all([stat(dataset.csv), stat(path).catch(() => undefined)]);
  if (parquet === undefined || parquet.mtimeMs < csv.mtimeMs) {
    log(`converting ${dataset.label} rows to Parquet → ${path}`);
    const { DuckDBInstance } = await import("@duckdb/node-api");
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;
    try {
      await connection.run(
        `COPY (SELECT * FROM read_csv(${literal(dataset.csv)}, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
           columns = {'id': 'VARCHAR', 'submitted_at': 'TIMESTAMPTZ', 'score': 'INTEGER', 'region': 'VARCHAR', 'plan': 'VARCHAR', 'comment': 'VARCHAR'}))
         TO ${literal(`${path}.partial`)} (FORMAT parquet, COMPRESSION zstd)`,
      );
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
    await rename(`${path}.partial`, path);
  } else {
    log(`reusing ${path}`);
  }
  return { path, bytes: (await stat(path)).size };
}
