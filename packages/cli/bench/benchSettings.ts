import { parseRows } from "./rowsLabel.js";

/**
 * What every benchmark here reads from the environment: BENCH_ROWS (comma-separated file sizes, default 1M,
 * so that a plain `pnpm bench` stays short), BENCH_RUNS (runs per engine, default 3) and BENCH_SEED
 * (generator seed, default 42); plus the settings both engines share: DuckDB with 2 threads — the issue's
 * reference, a laptop's fair share — and UTC, the time zone of the generator's months and truth.
 */
export function benchSettings() {
  const settings = {
    rows: (process.env.BENCH_ROWS ?? "1M").split(",").map(parseRows),
    runs: Number(process.env.BENCH_RUNS ?? 3),
    seed: process.env.BENCH_SEED ?? "42",
    duckdbThreads: 2,
    timeZone: "UTC",
  };
  if (!Number.isInteger(settings.runs) || settings.runs < 1)
    throw new Error("BENCH_RUNS must be a whole number ≥ 1");
  return settings;
}
