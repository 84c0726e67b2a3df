import { basename, dirname, extname, resolve } from "node:path";
import {
  type Accounting,
  type ErrorLocation,
  type IngestProgress,
  type Logger,
  silentLogger,
  UsageError,
} from "@npskit/core";
import { readSources } from "../../ingest/readSources.js";
import { type ReportOverrides, reportSettings } from "../report/reportSettings.js";

/** What `npskit convert` does, without argv. */
export interface ConvertOptions
  extends Omit<ReportOverrides, "outDir" | "segments" | "locale" | "brand" | "template"> {
  /** The Parquet file to write; its quarantine file goes next to it. */
  readonly out: string;
  readonly signal?: AbortSignal;
  readonly logger?: Logger;
  readonly onProgress?: (progress: IngestProgress) => void;
}

/** What `npskit convert` wrote. */
export interface ConvertRun {
  readonly out: string;
  /** Responses in the file: every accepted and unanswered one, after duplicates were resolved. */
  readonly rows: number;
  readonly segments: readonly string[];
  /** Driver columns: the DuckDB source's `drivers` option to read them back as drivers. */
  readonly drivers: readonly string[];
  readonly accounting: Accounting;
  readonly quarantine: string | null;
}

/**
 * `npskit convert` without argv: reads every source of the config (or `input`) exactly as `npskit report`
 * does — validated, duplicates resolved by the latest answer, rejects quarantined — and writes the
 * responses to one Parquet file, which `@npskit/source-duckdb` reads (and counts) much faster than CSV.
 *
 * @example
 * await runConvert({ input: ["export.csv"], out: "responses.parquet" }) // { rows: 10000, segments: ["region"], … }
 */
export async function runConvert(options: ConvertOptions): Promise<ConvertRun> {
  const cwd = options.cwd ?? process.cwd();
  const out = resolve(cwd, options.out);
  if (extname(out).toLowerCase() !== ".parquet") {
    throw new UsageError(`--out must name a .parquet file (got ${options.out})`);
  }
  const { parquetWriter } = await import("@npskit/source-duckdb").catch((error: unknown) => {
    throw new UsageError(
      "npskit convert writes Parquet with DuckDB: install @npskit/source-duckdb next to @npskit/cli (`pnpm add -D @npskit/source-duckdb`)",
      { cause: error },
    );
  });
  const settings = await reportSettings(options);
  const writer = await parquetWriter(out);
  const key = (id: string, location: ErrorLocation) => JSON.stringify([location.file, location.line, id]);
  const superseded = new Set<string>();
  try {
    const { ingested, quarantine } = await readSources({
      config: settings.config,
      baseDir: settings.baseDir,
      breakdowns: [],
      outDir: dirname(out),
      quarantineName: () => `${basename(out, extname(out))}.quarantine.ndjson`,
      onResponse: (response, location) => writer.add(response, key(response.id, location)),
      onReject: (rejection) => {
        if (rejection.kind === "duplicate" && rejection.location.recordId !== undefined) {
          const { recordId, ...location } = rejection.location;
          superseded.add(key(recordId, location));
        }
      },
      signal: options.signal ?? new AbortController().signal,
      logger: options.logger ?? silentLogger,
      ...(options.onProgress !== undefined && { onProgress: options.onProgress }),
    });
    const written = await writer.finish(superseded);
    return { ...written, out, accounting: ingested.accounting, quarantine };
  } catch (error) {
    await writer.abort();
    throw error;
  }
}
