// @npskit/source-duckdb: Parquet, CSV and JSON files read and counted by an embedded DuckDB.

export type { DuckdbOptions } from "./duckdbOptions.js";
export { duckdb, duckdb as default } from "./duckdbSource.js";
export type { FileFormat } from "./fileRelation.js";
export type { ParquetWriter, ParquetWritten } from "./writeParquet.js";
export { parquetWriter } from "./writeParquet.js";
