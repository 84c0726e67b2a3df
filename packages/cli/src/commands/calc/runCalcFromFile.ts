import { basename, resolve } from "node:path";
import {
  type Accounting,
  type Breakdown,
  cellsOf,
  countsOf,
  type DuplicatePolicy,
  emptyHistogram,
  type Histogram,
  type IngestProgress,
  ingest,
  type Logger,
  mergeInto,
  type Period,
  parsePeriod,
  type SegmentValues,
  silentLogger,
} from "@npskit/core";
import { quarantineWriter } from "../../ingest/quarantineWriter.js";
import { formatOfFile, type InputFormat, sourceForFile } from "../../ingest/sourceForFile.js";
import { spillingDuplicateTracker } from "../../ingest/spillingDuplicateTracker.js";
import { type CalcInput, type CalcResult, runCalc } from "./runCalc.js";

/** What `npskit calc --input` computes from: a file and how to read and group it. */
export interface CalcFromFileInput extends Omit<CalcInput, "counts" | "unanswered" | "scores"> {
  /** Path of the data file. */
  readonly input: string;
  /** @default from the file extension */
  readonly format?: InputFormat;
  /** Segment dimensions to break the result down by, each on its own. @default [] */
  readonly by?: readonly string[];
  /** Only this period ("2026-10", "2026-Q4", "2026-W44", "2026"); all responses when absent. */
  readonly period?: string;
  /** @default "UTC" */
  readonly timeZone?: string;
  /** @default "keep-latest" */
  readonly duplicates?: DuplicatePolicy;
  /** Where rejected records go; `false` for nowhere. @default "<input name>.quarantine.ndjson" in the working folder */
  readonly quarantine?: string | false;
  readonly signal?: AbortSignal;
  readonly logger?: Logger;
  readonly onProgress?: (progress: IngestProgress) => void;
}

/** One segment value's result. */
export interface SegmentResult extends CalcResult {
  /** The value; `null` for responses without one. */
  readonly value: string | null;
}

/** The result of `npskit calc --input`; its JSON form is what `--json` prints. */
export interface CalcFromFileResult extends CalcResult {
  readonly input: string;
  readonly format: InputFormat;
  readonly timeZone: string;
  /** The period computed, or `null` for all responses. */
  readonly period: Period | null;
  /** What happened to every record: read = accepted + unanswered + rejected + duplicates. */
  readonly accounting: Accounting;
  /** Path of the quarantine file, or `null` when nothing was rejected. */
  readonly quarantine: string | null;
  /** With `by`: per dimension, one result per value, in value order. */
  readonly segments: Readonly<Record<string, readonly SegmentResult[]>>;
}

/**
 * `npskit calc --input` without argv: reads a file through its source plugin, accounts for every record, and
 * computes the overall result (and one per segment value) for a period or for all responses.
 *
 * @example
 * const result = await runCalcFromFile({ input: "responses.csv", by: ["region"], period: "2026-10" });
 * result.accounting // { read: 1204, accepted: 1150, unanswered: 40, rejected: 12, duplicates: 2, … }
 */
export async function runCalcFromFile(options: CalcFromFileInput): Promise<CalcFromFileResult> {
  const format = options.format ?? (await formatOfFile(options.input));
  const timeZone = options.timeZone ?? "UTC";
  const period = options.period === undefined ? null : parsePeriod(options.period, timeZone);
  const by = options.by ?? [];
  const policy = options.duplicates ?? "keep-latest";
  const quarantinePath =
    options.quarantine === false
      ? undefined
      : resolve(options.quarantine ?? `${basename(options.input)}.quarantine.ndjson`);
  const quarantine = quarantinePath === undefined ? undefined : quarantineWriter(quarantinePath);
  const source = await sourceForFile(options.input, format);

  let result: Awaited<ReturnType<typeof ingest>>;
  try {
    result = await ingest({
      sources: [source],
      timeZone,
      grain: period?.grain ?? "month",
      breakdowns: by.map((dimension): Breakdown => [dimension]),
      duplicateTracker: spillingDuplicateTracker(policy),
      ...(options.signal !== undefined && { signal: options.signal }),
      logger: options.logger ?? silentLogger,
      ...(quarantine !== undefined && { onReject: (rejection) => quarantine.write(rejection) }),
      ...(options.onProgress !== undefined && { onProgress: options.onProgress }),
    });
  } finally {
    quarantine?.close();
  }
  const quarantined =
    quarantine === undefined || result.accounting.rejected + result.accounting.duplicates === 0
      ? null
      : quarantinePath!;

  const { aggregation } = result;
  const periods = period === null ? aggregation.periods.map((p) => p.key) : [period.key];
  const histogramOf = (breakdown: Breakdown, segment: SegmentValues): Histogram => {
    const total = emptyHistogram();
    for (const key of periods) {
      for (const cell of cellsOf(aggregation, key, breakdown)) {
        if (breakdown.every((d) => (cell.segment[d] ?? null) === (segment[d] ?? null)))
          mergeInto(total, cell.histogram);
      }
    }
    return total;
  };
  const calc = (histogram: Histogram): CalcResult =>
    runCalc({ ...options, counts: countsOf(histogram), unanswered: histogram.unanswered });

  const segments: Record<string, SegmentResult[]> = {};
  for (const dimension of by) {
    const values = new Set<string | null>();
    for (const key of periods)
      for (const cell of cellsOf(aggregation, key, [dimension])) values.add(cell.segment[dimension] ?? null);
    segments[dimension] = [...values]
      .sort((a, b) => (a === null ? 1 : b === null ? -1 : a < b ? -1 : a > b ? 1 : 0))
      .map((value) => ({ value, ...calc(histogramOf([dimension], { [dimension]: value })) }));
  }
  return {
    input: options.input,
    format,
    timeZone: aggregation.timeZone,
    period,
    ...calc(histogramOf([], {})),
    accounting: result.accounting,
    quarantine: quarantined,
    segments,
  };
}
