// Plain JavaScript (types in runnerReport.d.mts): our runner runs the built CLI code without tsx, whose own
// loader would add tens of megabytes to the peak RSS that the benchmark measures.

/**
 * Measures `work` in this process and prints the {@link RunnerReport}. Module loading stays outside the
 * timed part on both sides (tsx for us, the native library for DuckDB: ~0.45 s), so the ratio compares the
 * scan and aggregation, not start-up. Peak RSS is the kernel's high-water mark for the process
 * (`getrusage`), so it does include everything loaded.
 */
export async function reportRun(work) {
  const start = performance.now();
  const { engine, aggregates } = await work();
  const seconds = (performance.now() - start) / 1000;
  // maxRSS is in kibibytes (getrusage's ru_maxrss on Linux).
  const maxRssBytes = process.resourceUsage().maxRSS * 1024;
  const report = { seconds, maxRssBytes, engine, aggregates };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}
