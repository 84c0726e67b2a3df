import { createWriteStream } from "node:fs";
import { mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { InputError, type SurveyResponse } from "@npskit/core";
import { literal } from "./fileRelation.js";

/** Columns every Parquet file written by {@link parquetWriter} has, with their DuckDB types, in order. */
const FIXED_COLUMNS: readonly (readonly [string, string])[] = [
  ["id", "VARCHAR"],
  ["submitted_at", "TIMESTAMPTZ"],
  ["score", "INTEGER"],
  ["comment", "VARCHAR"],
  ["locale", "VARCHAR"],
  ["email", "VARCHAR"],
  ["name", "VARCHAR"],
  ["external_id", "VARCHAR"],
  ["consent_to_contact", "BOOLEAN"],
];

/** What {@link parquetWriter} wrote. */
export interface ParquetWritten {
  readonly file: string;
  readonly rows: number;
  /** Segment columns (text), in name order. */
  readonly segments: readonly string[];
  /** Driver columns (numbers), in name order: list them as the DuckDB source's `drivers` option. */
  readonly drivers: readonly string[];
}

/** Writes responses to one Parquet file; see {@link parquetWriter}. */
export interface ParquetWriter {
  /** Adds a valid response, as `ingest`'s `onResponse` passes it; `key` names it for `finish`'s `exclude`. */
  add(response: SurveyResponse, key?: string): void;
  /**
   * Writes the file (to a temporary name, renamed at the end) and returns what is in it. Responses added
   * with a key in `exclude` are left out: how a caller drops the ones a later duplicate superseded.
   */
  finish(exclude?: ReadonlySet<string>): Promise<ParquetWritten>;
  /** Removes the temporary files without writing. */
  abort(): Promise<void>;
}

/**
 * Streams responses into a flat Parquet file that the DuckDB source reads back as they were: one column per
 * response field (`id`, `submitted_at` as TIMESTAMPTZ, `score`, `comment`, `locale`, the respondent's
 * `email`, `name`, `external_id`, `consent_to_contact`), one text column per segment and one DOUBLE column
 * per driver. Rows go to a temporary NDJSON file first, so memory stays flat whatever the size; DuckDB then
 * writes the Parquet file with typed columns (zstd-compressed). A segment or driver named like another
 * column is refused, saying which.
 */
export async function parquetWriter(out: string): Promise<ParquetWriter> {
  const work = await mkdtemp(join(tmpdir(), "npskit-parquet-"));
  const rowsFile = join(work, "rows.ndjson");
  const stream = createWriteStream(rowsFile);
  const segments = new Set<string>();
  const drivers = new Set<string>();
  let rows = 0;
  let failure: Error | undefined;
  stream.on("error", (error) => {
    failure ??= error;
  });
  return {
    add(response, key = "") {
      const respondent = response.respondent;
      const row: Record<string, unknown> = {
        "npskit:key": key,
        id: response.id,
        submitted_at: response.submittedAt,
        score: response.score,
        comment: response.comment ?? null,
        locale: response.locale ?? null,
        email: respondent?.email ?? null,
        name: respondent?.name ?? null,
        external_id: respondent?.externalId ?? null,
        consent_to_contact: respondent?.consentToContact ?? null,
      };
      for (const [name, value] of Object.entries(response.segments ?? {})) {
        segments.add(name);
        row[`s:${name}`] = value;
      }
      for (const [name, value] of Object.entries(response.drivers ?? {})) {
        drivers.add(name);
        row[`d:${name}`] = value;
      }
      stream.write(`${JSON.stringify(row)}\n`);
      rows += 1;
    },
    async finish(exclude = new Set<string>()) {
      await new Promise<void>((resolve, reject) =>
        stream.end((error?: Error | null) => (error ? reject(error) : resolve())),
      );
      if (failure !== undefined) throw failure;
      const segmentList = [...segments].sort();
      const driverList = [...drivers].sort();
      const fixed = new Set(FIXED_COLUMNS.map(([name]) => name));
      const clash = [
        ...segmentList.filter((s) => fixed.has(s) || drivers.has(s)),
        ...driverList.filter((d) => fixed.has(d)),
      ];
      if (clash.length > 0) {
        await rm(work, { recursive: true, force: true });
        throw new InputError(
          `cannot write ${out}: ${clash.map((name) => JSON.stringify(name)).join(", ")} would be two columns (a segment, a driver or a response field of that name)`,
        );
      }
      const columns = [
        ...FIXED_COLUMNS.map(([name, type]) => [name, name, type] as const),
        ...segmentList.map((name) => [`s:${name}`, name, "VARCHAR"] as const),
        ...driverList.map((name) => [`d:${name}`, name, "DOUBLE"] as const),
      ];
      const q = (name: string) => `"${name.replaceAll('"', '""')}"`;
      const types = columns
        .map(([key, , type]) => `${literal(key)}: ${literal(type === "TIMESTAMPTZ" ? "VARCHAR" : type)}`)
        .join(", ");
      const select = columns
        .map(
          ([key, name, type]) =>
            `${type === "TIMESTAMPTZ" ? `CAST(${q(key)} AS TIMESTAMPTZ)` : q(key)} AS ${q(name)}`,
        )
        .join(", ");
      const excludedFile = join(work, "excluded.ndjson");
      await writeFile(excludedFile, [...exclude].map((key) => `${JSON.stringify({ key })}\n`).join(""));
      const where =
        exclude.size === 0
          ? ""
          : ` WHERE "npskit:key" NOT IN (SELECT key FROM read_json(${literal(excludedFile)}, format = 'newline_delimited', columns = {'key': 'VARCHAR'}))`;
      const partial = join(dirname(out), `.${rows}-${process.pid}.parquet.partial`);
      const { DuckDBInstance } = await import("@duckdb/node-api");
      const instance = await DuckDBInstance.create(":memory:");
      const connection = await instance.connect();
      try {
        await connection.run("SET TimeZone = 'UTC'");
        await connection.run(
          `COPY (SELECT ${select} FROM read_json(${literal(rowsFile)}, format = 'newline_delimited', columns = {'npskit:key': 'VARCHAR', ${types}})${where}) TO ${literal(partial)} (FORMAT parquet, COMPRESSION zstd)`,
        );
        await rename(partial, out);
      } catch (error) {
        await rm(partial, { force: true });
        throw new InputError(`cannot write ${out}: ${(error as Error).message.split("\n")[0]}`, {
          cause: error,
        });
      } finally {
        connection.closeSync();
        instance.closeSync();
        await rm(work, { recursive: true, force: true });
      }
      return { file: out, rows: rows - exclude.size, segments: segmentList, drivers: driverList };
    },
    async abort() {
      stream.destroy();
      await rm(work, { recursive: true, force: true });
    },
  };
}
