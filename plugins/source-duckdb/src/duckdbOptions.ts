import type { TableColumnOptions } from "@npskit/sql";
import type { FileFormat } from "./fileRelation.js";

/** Options of the DuckDB source. Only `path` is required. */
export interface DuckdbOptions extends TableColumnOptions {
  /**
   * What to read: a file, a glob (`data/**\/*.parquet`), a folder (every file of the format below it), or a
   * list of these. Relative paths are read from the config file's folder. Files may differ in their columns
   * (they are matched by name).
   */
  readonly path: string | readonly string[];
  /** @default from the file extensions (`.parquet`, `.csv`, `.json`/`.ndjson`/`.jsonl`, also gzipped) */
  readonly format?: FileFormat;
  /** IANA time zone of dates written without an offset. @default the config's time zone */
  readonly timeZone?: string;
  /** DuckDB worker threads. @default DuckDB's default (the number of cores) */
  readonly threads?: number;
  /** Records per batch handed to the pipeline by `read`. @default 2048 (one DuckDB vector) */
  readonly batchSize?: number;
}
