// The ingest benchmark of issue 7: our CSV pipeline against DuckDB on the same generated file, side by side in
// one run, both checked against the generator's ground truth; the SurveyMonkey source on the same responses
// as a SurveyMonkey export; and JSON-schema validation throughput.
//
//   pnpm bench                                  (from the root, through turbo; or `pnpm run bench` here)
//   BENCH_ROWS=1M,10M BENCH_RUNS=5 pnpm bench   (10M rows, ~670 MB, take minutes to generate and to run)
//
// Environment: BENCH_ROWS  comma-separated file sizes (default 1M); BENCH_RUNS runs per engine (default 3);
// BENCH_SEED generator seed (default 42). Prints a table and writes bench/results.json (gitignored) for CI.
// Exits 1 when either engine disagrees with the truth: a fast wrong answer is not a result.
import { createReadStream, existsSync, statSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { availableParallelism, cpus } from "node:os";
import { join, resolve } from "node:path";
import { finished } from "node:stream/promises";
import { benchSettings } from "./benchSettings.js";
import { checkAgainstTruth, type TruthCheck } from "./checkAgainstTruth.js";
import { ensureDataset } from "./ensureDataset.js";
import { formatTable } from "./formatTable.js";
import { type ChildRun, runChild } from "./runChild.js";
import { type EngineSummary, summarizeRuns } from "./summarizeRuns.js";
import { writeSurveyMonkeyExport } from "./surveyMonkeyExport.js";
import { loadTruth, truthForMonth } from "./truth.js";
import { validationThroughput } from "./validationThroughput.js";

const cliDir = resolve(import.meta.dirname, "..");
const repoRoot = resolve(cliDir, "../..");
const settings = { ...benchSettings(), validationResponses: 200_000 };

const log = (line: string) => console.error(`[bench] ${line}`);
const engines = {
  ours: join(cliDir, "bench/oursRunner.mjs"),
  duckdb: join(cliDir, "bench/duckdbRunner.ts"),
};

interface SizeResult {
  readonly rows: number;
  readonly label: string;
  readonly bytes: number;
  readonly ours: EngineSummary & { readonly truth: TruthCheck };
  readonly duckdb: EngineSummary & { readonly truth: TruthCheck };
  /** Ours ÷ DuckDB, median seconds of work: the target is ≤ 0.6. */
  readonly ratio: number;
  /** An extra, untimed run of ours for one month, which checks month bucketing against the truth. */
  readonly oursOneMonth: { readonly month: string; readonly truth: TruthCheck };
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
  const truth = await loadTruth(dataset.truth);
  // Read the file once untimed, so that both engines find it in the page cache and neither pays the disk.
  await finished(createReadStream(dataset.csv).resume());

  const runs: Record<keyof typeof engines, ChildRun[]> = { ours: [], duckdb: [] };
  const checks: Record<keyof typeof engines, TruthCheck[]> = { ours: [], duckdb: [] };
  for (let round = 0; round < settings.runs; round++) {
    // Alternate who goes first, so drift on the machine (heat, other load) falls on both sides alike.
    const order: (keyof typeof engines)[] = round % 2 === 0 ? ["ours", "duckdb"] : ["duckdb", "ours"];
    for (const engine of order) {
      const args = [dataset.csv, settings.timeZone, String(settings.duckdbThreads)];
      const run = await runChild(engines[engine], args, cliDir);
      runs[engine].push(run);
      checks[engine].push(checkAgainstTruth(run.aggregates, truth));
      log(`${dataset.label} ${engine} run ${round + 1}/${settings.runs}: ${run.seconds.toFixed(2)} s`);
    }
  }
  // The timed run returns per-region totals over all months, which cannot show a response counted in the
  // wrong month; one run with `period` can, so check a month in the middle of the file (not timed).
  const months = [...new Set(truth.byMonthRegion.map((cell) => cell.month))];
  const month = months[months.length >> 1]!;
  const monthArgs = [dataset.csv, settings.timeZone, String(settings.duckdbThreads), month];
  const monthRun = await runChild(engines.ours, monthArgs, cliDir);
  const oursOneMonth = { month, truth: checkAgainstTruth(monthRun.aggregates, truthForMonth(truth, month)) };
  log(
    `${dataset.label} ours, ${month} only (untimed check): ${oursOneMonth.truth.ok ? "= truth" : "MISMATCH"}`,
  );

  const worst = (list: TruthCheck[]) => list.find((check) => !check.ok) ?? list[0]!;
  const ours = { ...summarizeRuns(dataset, runs.ours), truth: worst(checks.ours) };
  const duckdb = { ...summarizeRuns(dataset, runs.duckdb), truth: worst(checks.duckdb) };
  sizes.push({
    rows,
    label: dataset.label,
    bytes: dataset.bytes,
    ours,
    duckdb,
    ratio: ours.seconds / duckdb.seconds,
    oursOneMonth,
  });
}

// The SurveyMonkey source, on the same responses written as a SurveyMonkey CSV export (the first size only).
interface SurveyMonkeyResult extends EngineSummary {
  readonly label: string;
  readonly exportBytes: number;
  readonly truth: TruthCheck;
}
let surveyMonkeyResult: SurveyMonkeyResult | undefined;
const firstRows = settings.rows[0];
if (firstRows !== undefined) {
  const dataset = await ensureDataset({
    rows: firstRows,
    seed: settings.seed,
    generator: join(repoRoot, "bench/gen-responses.mjs"),
    dataDir: join(repoRoot, "bench/data"),
    log,
  });
  const exportCsv = dataset.csv.replace(/\.csv$/, ".surveymonkey.csv");
  if (!existsSync(exportCsv)) {
    log(`writing the SurveyMonkey export → ${exportCsv}`);
    await writeSurveyMonkeyExport(dataset.csv, exportCsv);
  }
  const exportBytes = statSync(exportCsv).size;
  const truth = await loadTruth(dataset.truth);
  const runs: ChildRun[] = [];
  const checks: TruthCheck[] = [];
  for (let round = 0; round < settings.runs; round++) {
    const run = await runChild(
      join(cliDir, "bench/surveyMonkeyRunner.mjs"),
      [exportCsv, settings.timeZone],
      cliDir,
    );
    runs.push(run);
    checks.push(checkAgainstTruth(run.aggregates, truth));
    log(`${dataset.label} SurveyMonkey run ${round + 1}/${settings.runs}: ${run.seconds.toFixed(2)} s`);
  }
  surveyMonkeyResult = {
    ...summarizeRuns({ ...dataset, bytes: exportBytes }, runs),
    label: dataset.label,
    exportBytes,
    truth: checks.find((check) => !check.ok) ?? checks[0]!,
  };
}

log(`validation: ${settings.validationResponses} responses, ${settings.runs} rounds`);
const validation = validationThroughput(settings.validationResponses, settings.runs);

// ---------------------------------------------------------------- report

const fixed = (n: number, digits: number) => n.toFixed(digits);
const grouped = (n: number) => Math.round(n).toLocaleString("en-US");
const mb = (bytes: number) => fixed(bytes / 1e6, 0);
const row = (size: SizeResult, name: string, s: EngineSummary & { truth: TruthCheck }, ratio: string) => [
  `${size.label} ${name}`,
  fixed(s.seconds, 2),
  fixed(s.processSeconds, 2),
  fixed(s.mbPerSecond, 1),
  grouped(s.rowsPerSecond),
  mb(s.peakRssBytes),
  ratio,
  s.truth.ok ? "yes" : "NO",
];
console.log(
  `\nIngest: ${settings.runs} runs each, medians; MB = 10^6 bytes; DuckDB ${settings.duckdbThreads} threads; ` +
    `${cpus()[0]?.model ?? "?"} (${availableParallelism()} CPUs), Node ${process.version}`,
);
console.log(
  formatTable(
    ["file / engine", "work s", "process s", "MB/s", "rows/s", "peak RSS MB", "ours/DuckDB", "= truth"],
    sizes.flatMap((size) => [
      row(size, "ours", size.ours, fixed(size.ratio, 2)),
      row(size, size.duckdb.engine, size.duckdb, ""),
    ]),
  ),
);
for (const size of sizes)
  console.log(`${size.label}: ${mb(size.bytes)} MB; target ours/DuckDB ≤ 0.60 and peak RSS ≤ 150 MB`);
for (const size of sizes)
  for (const [name, check] of [
    ["ours", size.ours.truth],
    [`ours ${size.oursOneMonth.month}`, size.oursOneMonth.truth],
    ["DuckDB", size.duckdb.truth],
  ] as const)
    if (!check.ok)
      console.log(`\nMISMATCH ${size.label} ${name} vs truth:\n  ${check.mismatches.join("\n  ")}`);
const first = sizes[0];
if (first !== undefined)
  console.log(
    `checked against the truth, every run: ours ${first.ours.truth.levels.join(", ")} ` +
      `(and month × region for ${first.oursOneMonth.month}, one untimed run); ` +
      `DuckDB ${first.duckdb.truth.levels.join(", ")}`,
  );

if (surveyMonkeyResult !== undefined) {
  const sm = surveyMonkeyResult;
  console.log(
    `\nSurveyMonkey CSV export of the ${sm.label} responses (${mb(sm.exportBytes)} MB), ${settings.runs} runs, medians`,
  );
  console.log(
    formatTable(
      ["engine", "work s", "process s", "MB/s", "rows/s", "peak RSS MB", "= truth"],
      [
        [
          sm.engine,
          fixed(sm.seconds, 2),
          fixed(sm.processSeconds, 2),
          fixed(sm.mbPerSecond, 1),
          grouped(sm.rowsPerSecond),
          mb(sm.peakRssBytes),
          sm.truth.ok ? "yes" : "NO",
        ],
      ],
    ),
  );
  if (!sm.truth.ok) console.log(`\nMISMATCH SurveyMonkey vs truth:\n  ${sm.truth.mismatches.join("\n  ")}`);
}

console.log(`\nValidation: ${grouped(validation.responses)} responses, ${settings.runs} rounds, medians`);
console.log(
  formatTable(
    ["step", "responses/s", "× JSON.parse time"],
    [
      ["JSON.parse (baseline)", grouped(validation.parsePerSecond), "1.00"],
      ["validateResponse", grouped(validation.validatePerSecond), fixed(validation.ratio, 2)],
    ],
  ),
);

const results = {
  date: new Date().toISOString(),
  machine: {
    cpu: cpus()[0]?.model,
    cpus: availableParallelism(),
    node: process.version,
    platform: process.platform,
  },
  settings,
  ingest: sizes,
  surveyMonkey: surveyMonkeyResult ?? null,
  validation,
};
await writeFile(join(cliDir, "bench/results.json"), `${JSON.stringify(results, null, 2)}\n`);
log("wrote bench/results.json");
const wrong = (size: SizeResult) =>
  !size.ours.truth.ok || !size.oursOneMonth.truth.ok || !size.duckdb.truth.ok;
if (sizes.some(wrong) || surveyMonkeyResult?.truth.ok === false) process.exitCode = 1;
