import { rename, rm } from "node:fs/promises";
import { join } from "node:path";
import {
  type Breakdown,
  type ErrorLocation,
  type IngestProgress,
  type IngestResult,
  ingest,
  type Logger,
  type Rejection,
  type ResolvedConfig,
  type SurveyResponse,
} from "@npskit/core";
import { quarantineWriter } from "./quarantineWriter.js";
import { spillingDuplicateTracker } from "./spillingDuplicateTracker.js";

/** What {@link readSources} reads and where its quarantine file goes. */
export interface ReadSourcesOptions {
  readonly config: ResolvedConfig;
  /** Folder the sources read relative paths from: the config file's. */
  readonly baseDir: string;
  readonly breakdowns: readonly Breakdown[];
  /** Folder of the quarantine file. */
  readonly outDir: string;
  /**
   * The quarantine file's name, once the data are read (a report names it after its period). Called once,
   * even when nothing is quarantined; if it throws, no quarantine file is left behind.
   */
  readonly quarantineName: (ingested: IngestResult) => string;
  readonly onResponse?: (response: SurveyResponse, location: ErrorLocation) => void;
  /** Also receives every rejected or superseded record, after it is written to the quarantine file. */
  readonly onReject?: (rejection: Rejection) => void;
  /** With `onResponse`: let sources that aggregate where the data live send this sample instead of every row. */
  readonly responseSample?: { readonly perPeriod: number };
  readonly onProgress?: (progress: IngestProgress) => void;
  readonly signal: AbortSignal;
  readonly logger: Logger;
}

/** The data read, and the quarantine file holding the rejected and superseded records (null when none). */
export interface SourcesRead {
  readonly ingested: IngestResult;
  readonly quarantine: string | null;
}

/**
 * Reads every source of a config through `ingest` the way `npskit report` and `npskit validate` do: the
 * config's time zone and grain, duplicates by the latest answer (spilling to disk for big inputs), and every
 * rejected or superseded record written to a quarantine file in `outDir`. The file is written under a
 * temporary name while reading and renamed at the end, so a failed read leaves none behind.
 */
export async function readSources(options: ReadSourcesOptions): Promise<SourcesRead> {
  const { config } = options;
  const pending = join(options.outDir, `.npskit-quarantine-${process.pid}.ndjson`);
  const quarantine = quarantineWriter(pending);
  let ingested: IngestResult;
  let name: string;
  try {
    ingested = await ingest({
      sources: config.sources,
      baseDir: options.baseDir,
      timeZone: config.analysis.timeZone,
      grain: config.analysis.period,
      breakdowns: options.breakdowns,
      duplicateTracker: spillingDuplicateTracker("keep-latest"),
      signal: options.signal,
      logger: options.logger,
      onReject: (rejection) => {
        quarantine.write(rejection);
        options.onReject?.(rejection);
      },
      ...(options.onResponse !== undefined && { onResponse: options.onResponse }),
      ...(options.responseSample !== undefined && { responseSample: options.responseSample }),
      ...(options.onProgress !== undefined && { onProgress: options.onProgress }),
    });
    name = options.quarantineName(ingested);
  } catch (error) {
    quarantine.close();
    await rm(pending, { force: true });
    throw error;
  }
  if (quarantine.close() === null) return { ingested, quarantine: null };
  const file = join(options.outDir, name);
  await rename(pending, file);
  return { ingested, quarantine: file };
}
