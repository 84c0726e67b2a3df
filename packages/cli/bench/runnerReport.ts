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

/**
 * Measures `work` in this process and prints the {@link RunnerReport}. Module loading stays outside the
 * timed part on both sides (tsx for us, the native library for DuckDB: ~0.45 s), so the ratio compares the
 * scan and aggregation, not start-up. Peak RSS is the kernel's high-water mark for the process
 * (`getrusage`), so it does include everything loaded.
 */
export async function reportRun(
  work: () => Promise<{ readonly engine: string; readonly aggregates: Aggregates }>,
): Promise<void> {
  const start = performance.now();
  const { engine, aggregates } = await work();
  const seconds = (performance.now() - start) / 1000;
  // maxRSS is in kibibytes (getrusage's ru_maxrss on Linux).
  const maxRssBytes = process.resourceUsage().maxRSS * 1024;
  const report: RunnerReport = { seconds, maxRssBytes, engine, aggregates };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}
