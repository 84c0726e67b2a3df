import { readdir, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { InputError } from "@npskit/core";

/** File formats DuckDB reads for this source. */
export type FileFormat = "parquet" | "csv" | "json";

const EXTENSIONS: Readonly<Record<FileFormat, readonly string[]>> = {
  parquet: [".parquet", ".parq"],
  csv: [".csv", ".tsv", ".txt", ".csv.gz"],
  json: [".json", ".ndjson", ".jsonl", ".json.gz", ".ndjson.gz", ".jsonl.gz"],
};

/** The files to read, as DuckDB patterns, and their format. */
export interface FileRelation {
  readonly format: FileFormat;
  /** Absolute paths or globs. */
  readonly patterns: readonly string[];
  /** The table function that reads them, e.g. `read_parquet(['/data/**\/*.parquet'], union_by_name = true, filename = 'npskit_file')`. */
  readonly sql: string;
}

/** Name of the column holding each row's file: shown in rejections. */
export const FILE_COLUMN = "npskit_file";

/**
 * Turns the source's `path` — a file, a glob, a folder (all files of the format below it), or a list of
 * these — into the DuckDB table function that reads them. The format comes from `format`, else from the
 * extensions. Paths are written as SQL string literals (DuckDB binds no parameters in table functions);
 * quotes are doubled, so any file name is safe.
 */
export async function fileRelation(
  paths: readonly string[],
  baseDir: string,
  format: FileFormat | undefined,
): Promise<FileRelation> {
  const patterns: string[] = [];
  let found = format;
  for (const path of paths) {
    const absolute = resolve(baseDir, path);
    if (/[*?[{]/.test(path)) {
      patterns.push(absolute);
      found ??= formatOf(path);
      continue;
    }
    const info = await stat(absolute).catch(() => undefined);
    if (info === undefined)
      throw new InputError(`${path}: no such file or folder`, { location: { file: absolute } });
    if (info.isDirectory()) {
      const files = (await readdir(absolute, { recursive: true })).map((file) => String(file).toLowerCase());
      const folderFormat = found ?? FORMATS.find((format) => files.some((file) => formatOf(file) === format));
      // Only the extensions present: DuckDB fails on a pattern that matches no file.
      const extensions =
        folderFormat === undefined
          ? []
          : EXTENSIONS[folderFormat].filter((extension) => files.some((file) => file.endsWith(extension)));
      if (folderFormat === undefined || extensions.length === 0) {
        throw new InputError(`${path}: no ${folderFormat ?? "Parquet, CSV or JSON"} files in this folder`, {
          location: { file: absolute },
        });
      }
      found = folderFormat;
      patterns.push(...extensions.map((extension) => join(absolute, "**", `*${extension}`)));
    } else {
      patterns.push(absolute);
      found ??= formatOf(path);
    }
  }
  if (found === undefined) {
    throw new InputError(
      `cannot tell the format of ${paths.join(", ")} from its extension: set format (parquet, csv or json)`,
    );
  }
  const list = `[${patterns.map(literal).join(", ")}]`;
  const reader =
    found === "parquet"
      ? `read_parquet(${list}, union_by_name = true, filename = '${FILE_COLUMN}')`
      : found === "csv"
        ? `read_csv(${list}, union_by_name = true, filename = '${FILE_COLUMN}')`
        : // DuckDB's JSON sniffer reads "…Z" as a TIMESTAMP without zone, dropping the Z: a format with the
          // offset (%z) either reads it with its zone or leaves the text, which TRY_CAST then reads exactly.
          `read_json_auto(${list}, union_by_name = true, filename = '${FILE_COLUMN}', timestampformat = '%Y-%m-%dT%H:%M:%S.%g%z')`;
  return { format: found, patterns, sql: reader };
}

/** Formats in the order a folder is searched for them. */
const FORMATS: readonly FileFormat[] = ["parquet", "csv", "json"];

function formatOf(path: string): FileFormat | undefined {
  const lower = path.toLowerCase();
  return (Object.keys(EXTENSIONS) as FileFormat[]).find((format) =>
    EXTENSIONS[format].some((extension) => lower.endsWith(extension)),
  );
}

/** A SQL string literal. */
export function literal(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}
