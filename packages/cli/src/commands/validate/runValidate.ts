import type { Accounting, IngestProgress, Logger, SourceAccounting } from "@npskit/core";
import { silentLogger } from "@npskit/core";
import { readSources } from "../../ingest/readSources.js";
import { type ReportOverrides, reportSettings } from "../report/reportSettings.js";

/** What `npskit validate` reads: the report's config and overrides, without anything about rendering. */
export interface ValidateOptions extends ReportOverrides {
  readonly signal?: AbortSignal;
  readonly logger?: Logger;
  readonly onProgress?: (progress: IngestProgress) => void;
}

/** What `npskit validate` found; its JSON form is what `--json` prints. */
export interface ValidateRun {
  readonly config: string | null;
  readonly timeZone: string;
  /** Totals: read = accepted + unanswered + rejected + duplicates. */
  readonly accounting: Accounting;
  /** The same per source, in config order. */
  readonly sources: readonly SourceAccounting[];
  /** Periods that have responses: the first, the last and how many. */
  readonly periods: { readonly first: string; readonly last: string; readonly count: number } | null;
  readonly quarantine: string | null;
}

/**
 * `npskit validate` without argv: reads every source of the config (or `input`) exactly as `npskit report`
 * would and accounts for every record — nothing is rendered. Rejected and superseded records go to
 * `nps-validate.quarantine.ndjson` in the output folder.
 */
export async function runValidate(options: ValidateOptions = {}): Promise<ValidateRun> {
  const settings = await reportSettings(options);
  const { config } = settings;
  const { ingested, quarantine } = await readSources({
    config,
    baseDir: settings.baseDir,
    breakdowns: [],
    outDir: settings.outDir,
    quarantineName: () => "nps-validate.quarantine.ndjson",
    // Validation checks every record: a source that could push the counting down is read row by row.
    onResponse: () => {},
    signal: options.signal ?? new AbortController().signal,
    logger: options.logger ?? silentLogger,
    ...(options.onProgress !== undefined && { onProgress: options.onProgress }),
  });
  const { periods } = ingested.aggregation;
  return {
    config: settings.configFile?.path ?? null,
    timeZone: config.analysis.timeZone,
    accounting: ingested.accounting,
    sources: ingested.sources,
    periods:
      periods.length === 0
        ? null
        : { first: periods[0]!.key, last: periods.at(-1)!.key, count: periods.length },
    quarantine,
  };
}
