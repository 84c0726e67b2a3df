import type { Dataset } from "./ensureDataset.js";
import { median } from "./median.js";
import type { ChildRun } from "./runChild.js";

/** One engine on one file, over all its runs. */
export interface EngineSummary {
  readonly engine: string;
  readonly runs: number;
  /** Median seconds of the measured work (see `reportRun`). */
  readonly seconds: number;
  /** Median wall-clock seconds of the whole child process, start-up included. */
  readonly processSeconds: number;
  /** Decimal megabytes of CSV per second of work. */
  readonly mbPerSecond: number;
  readonly rowsPerSecond: number;
  /** The highest peak RSS of any run, in bytes: the figure a memory budget has to hold. */
  readonly peakRssBytes: number;
  readonly secondsPerRun: readonly number[];
}

/** Medians and peaks of one engine's runs on `dataset`. */
export function summarizeRuns(dataset: Dataset, runs: readonly ChildRun[]): EngineSummary {
  const seconds = median(runs.map((run) => run.seconds));
  return {
    engine: runs[0]?.engine ?? "?",
    runs: runs.length,
    seconds,
    processSeconds: median(runs.map((run) => run.processSeconds)),
    mbPerSecond: dataset.bytes / 1e6 / seconds,
    rowsPerSecond: dataset.rows / seconds,
    peakRssBytes: Math.max(...runs.map((run) => run.maxRssBytes)),
    secondsPerRun: runs.map((run) => run.seconds),
  };
}
