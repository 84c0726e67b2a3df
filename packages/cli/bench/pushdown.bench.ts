// The pushdown benchmark of issue 10: a monthly report's aggregation through DuckDB pushdown on a Parquet
// file (histograms by month × region counted by DuckDB, plus the report's response sample) against reading
// the same rows from CSV through our own CSV path (`runCalcFromFile`, what `npskit calc --input` runs), in
// one run; both checked against the generator's ground truth, and the growth of time and peak RSS from the
// smallest to the largest size.
//
//   pnpm run bench:pushdown                          (here; `pnpm bench` at the root runs it after the ingest bench)
//   BENCH_ROWS=1M,10M BENCH_RUNS=3 pnpm run bench:pushdown
//
// Environment: BENCH_ROWS comma-separated sizes (default 1M); BENCH_RUNS runs per engine (default 3);
// BENCH_SEED (default 42). Data are generated once into bench/data at the repository root (10M rows: ~670 MB
// of CSV, minutes to generate) and converted to Parquet once. Exits 1 when either side disagrees with the truth.
import { writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { benchSettings } from "./benchSettings.js";
import { checkAgainstTruth, type TruthCheck } from "./checkAgainstTruth.js";
import { ensureDataset } from "./ensureDataset.js";
import { ensureParquet } from "./ensureParquet.js";
import { formatTable } from "./formatTable.js";
import { type ChildRun, runChild } from "./runChild.js";
import { type EngineSummary, summarizeRuns } from "./summarizeRuns.js";
import { loadTruth } from "./truth.js";

const cliDir = resolve(import.meta.dirname, "..");
const repoRoot = resolve(cliDir, "../..");
const settings = benchSettings();

const log = (line: string) => console.error(`[bench:pushdown] ${line}`);
const engines = {
  pushdown: join(cliDir, "bench/pushdownRunner.ts"),
  csv: join(cliDir, "bench/oursRunner.mjs"),
};
type Engine = keyof typeof engines;

interface SizeResult {
  readonly rows: number;
  readonly label: string;
  readonly csvBytes: number;
  readonly parquetBytes: number;
  readonly pushdown: EngineSummary & { readonly truth: TruthCheck };
  readonly csv: EngineSummary & { readonly truth: TruthCheck };
  /** CSV path ÷ pushdown, median seconds of work. */
  readonly speedup: number;
}

const sizes: SizeResult[] = [];
for (const rows of settings.rows) {
  const dataset = await ensureDataset({
    rows,
    seed: settings.seed,
    generator: join(repoRoot, "bench/gen-responses.mjs"),
    dataDir: join(repoRoot, "bench/data"),
    log,
  });
  const parquet = await ensureParquet(dataset, log);
  const truth = await loadTruth(dataset.truth);
  // The report is the last month's; it samples that month and the one before.
  const months = [...new Set(truth.byMonthRegion.map((cell) => cell.month))].sort();
  const sampleFrom = months.at(-2) ?? months.at(-1) ?? "2024-01";
  const runs: Record<Engine, ChildRun[]> = { pushdown: [], csv: [] };
  const checks: Record<Engine, TruthCheck[]> = { pushdown: [], csv: [] };
  for (let round = 0; round < settings.runs; round++) {
    const order: Engine[] = round % 2 === 0 ? ["pushdown", "csv"] : ["csv", "pushdown"];
    for (const engine of order) {
      const input = engine === "pushdown" ? parquet.path : dataset.csv;
      log(`${dataset.label} ${engine} run ${round + 1}/${settings.runs}`);
      const run = await runChild(
        engines[engine],
        engine === "pushdown"
          ? [input, settings.timeZone, String(settings.duckdbThreads), sampleFrom]
          : [input, settings.timeZone, String(settings.duckdbThreads)],
        cliDir,
      );
      runs[engine].push(run);
      checks[engine].push(checkAgainstTruth(run.aggregates, truth));
    }
  }
  const summary = (engine: Engine) => ({
    ...summarizeRuns(dataset, runs[engine]),
    truth: checks[engine].find((check) => !check.ok) ?? checks[engine][0]!,
  });
  const pushdown = summary("pushdown");
  const csv = summary("csv");
  sizes.push({
    rows,
    label: dataset.label,
    csvBytes: dataset.bytes,
    parquetBytes: parquet.bytes,
    pushdown,
    csv,
    speedup: csv.seconds / pushdown.seconds,
  });
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;
const row = (size: SizeResult, engine: Engine, input: string) => {
  const s = size[engine];
  return [
    size.label,
    engine === "pushdown" ? "DuckDB pushdown (Parquet)" : "our CSV path (runCalcFromFile)",
    input,
    `${s.seconds.toFixed(2)} s`,
    `${s.processSeconds.toFixed(2)} s`,
    mb(s.peakRssBytes),
    s.truth.ok ? "ok" : "WRONG",
  ];
};
console.log(
  `\nPushdown: ${settings.runs} runs each, medians; MB = 10^6 bytes; DuckDB ${settings.duckdbThreads} threads; a monthly report's aggregation (month × region, UTC) with the report's response sample\n`,
);
console.log(
  formatTable(
    ["rows", "path", "input", "work", "process", "peak RSS", "truth"],
    sizes.flatMap((size) => [
      row(size, "pushdown", mb(size.parquetBytes)),
      row(size, "csv", mb(size.csvBytes)),
    ]),
  ),
);
for (const size of sizes)
  console.log(`${size.label}: the CSV path takes ${size.speedup.toFixed(1)}× the pushdown's time`);
const first = sizes[0];
const last = sizes.at(-1);
if (first !== undefined && last !== undefined && last !== first) {
  const growth = (engine: Engine) =>
    `${engine}: time ×${(last[engine].seconds / first[engine].seconds).toFixed(1)}, peak RSS ×${(last[engine].peakRssBytes / first[engine].peakRssBytes).toFixed(2)} (${mb(first[engine].peakRssBytes)} → ${mb(last[engine].peakRssBytes)})`;
  console.log(
    `\nGrowth from ${first.label} to ${last.label} rows (×${(last.rows / first.rows).toFixed(0)} data):`,
  );
  console.log(`  ${growth("pushdown")}`);
  console.log(`  ${growth("csv")}`);
}
await writeFile(
  join(cliDir, "bench/pushdown-results.json"),
  `${JSON.stringify({ settings, sizes }, null, 2)}\n`,
);
if (sizes.some((size) => !size.pushdown.truth.ok || !size.csv.truth.ok)) {
  for (const size of sizes) {
    for (const engine of ["pushdown", "csv"] as const) {
      if (!size[engine].truth.ok)
        console.error(`${size.label} ${engine}: ${JSON.stringify(size[engine].truth)}`);
    }
  }
  process.exitCode = 1;
}
