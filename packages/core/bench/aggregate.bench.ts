// pnpm bench (in packages/core): how fast the core counts responses into histograms, as ratios against a
// baseline measured in the same process — a bare loop that only bins scores — so the numbers compare across
// machines. Runs against the built package (dist), the code users get.
import { writeFileSync } from "node:fs";
import { Aggregator, type SurveyResponse, validateResponse } from "../dist/index.js";

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const RUNS = 5;
const REGIONS = ["North America", "Europe", "UK & Ireland", "APAC", "LATAM", "Middle East & Africa"];
const PLANS = ["free", "pro", "enterprise"];

// Deterministic input (mulberry32), in time order over 18 months like a real export.
let seed = 42;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const start = Date.UTC(2024, 0, 1);
const span = Date.UTC(2025, 6, 1) - start;
const rows = Array.from({ length: ROWS }, (_, i) => {
  const millis = start + Math.floor((i / ROWS) * span);
  const score = random() < 0.03 ? null : Math.floor(random() * 11);
  const segments = {
    region: REGIONS[Math.floor(random() * REGIONS.length)]!,
    plan: PLANS[Math.floor(random() * 3)]!,
  };
  return { millis, score, segments };
});
const responses: SurveyResponse[] = rows.map((row, i) => ({
  id: String(i + 1),
  score: row.score,
  submittedAt: new Date(row.millis).toISOString().replace(".000Z", "Z"),
  segments: row.segments,
}));

const options = { timeZone: "Europe/Moscow", breakdowns: [["region"], ["plan"]] };
const cases: Record<string, () => number> = {
  "baseline: bin scores only": () => {
    const counts = new Array<number>(12).fill(0);
    for (const row of rows) counts[row.score ?? 11]! += 1;
    return counts[10]!;
  },
  "Aggregator.addAt (instant, score, segments)": () => {
    const aggregator = new Aggregator(options);
    for (const row of rows) aggregator.addAt(row.millis, row.score, row.segments);
    return aggregator.result().cells.length;
  },
  "Aggregator.add (parses submittedAt)": () => {
    const aggregator = new Aggregator(options);
    for (const response of responses) aggregator.add(response);
    return aggregator.result().cells.length;
  },
  "validateResponse + Aggregator.add": () => {
    const aggregator = new Aggregator(options);
    for (const response of responses) if (validateResponse(response).valid) aggregator.add(response);
    return aggregator.result().cells.length;
  },
};

const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const results: { name: string; seconds: number; rowsPerSecond: number; ratio: number }[] = [];
let baseline = 0;
for (const [name, run] of Object.entries(cases)) {
  run(); // warm-up: JIT and the period cache
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    run();
    times.push((performance.now() - t0) / 1000);
  }
  const seconds = median(times);
  if (baseline === 0) baseline = seconds;
  results.push({ name, seconds, rowsPerSecond: ROWS / seconds, ratio: seconds / baseline });
}

console.log(
  `core aggregation, ${ROWS.toLocaleString("en")} rows, median of ${RUNS} runs (Node ${process.version})`,
);
for (const r of results) {
  console.log(
    `  ${r.name.padEnd(46)} ${(r.rowsPerSecond / 1e6).toFixed(2).padStart(6)} M rows/s   ${r.ratio.toFixed(1).padStart(6)}× baseline`,
  );
}
writeFileSync(
  new URL("results.json", import.meta.url),
  `${JSON.stringify({ rows: ROWS, node: process.version, results }, null, 2)}\n`,
);
