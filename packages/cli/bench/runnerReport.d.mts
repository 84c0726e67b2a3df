import type { Aggregates } from "./aggregates.js";

/** What a runner child prints on its last stdout line, as JSON. */
export interface RunnerReport {
  /** Seconds of the measured work: after the modules are loaded, until the aggregates are in hand. */
  readonly seconds: number;
  /** Peak resident set size of the whole child process, in bytes. */
  readonly maxRssBytes: number;
  /** Engine and version, e.g. "DuckDB v1.5.6". */
  readonly engine: string;
  readonly aggregates: Aggregates;
}

/** Measures `work` in this process and prints the {@link RunnerReport} as the last stdout line. */
export function reportRun(
  work: () => Promise<{ readonly engine: string; readonly aggregates: Aggregates }>,
): Promise<void>;
