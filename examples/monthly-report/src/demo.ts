// The example monthly summary: reads data/responses.ndjson, accounts for every record, and prints the
// latest month's NPS with its interval, the change from the month before, a 12-month trend and segments.
// Until `npskit report` renders the branded PDF/HTML report, this is what `pnpm demo` runs.
// It uses only @npskit/core's public API, the same one the CLI and the notebook use.
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import {
  Aggregator,
  cellsOf,
  displayNps,
  formatIssue,
  histogramAt,
  nps,
  npsInterval,
  periodLabel,
  type TrendPoint,
  trend,
  validateResponse,
} from "@npskit/core";

const TIME_ZONE = "Europe/Moscow";
const BREAKDOWNS = [["region"], ["plan"]] as const;

const file = process.argv[2] ?? "data/responses.ndjson";
const aggregator = new Aggregator({ timeZone: TIME_ZONE, breakdowns: BREAKDOWNS.map((b) => [...b]) });
const rejected: string[] = [];
let read = 0;
let unanswered = 0;
let lineNumber = 0;

for await (const line of createInterface({
  input: createReadStream(file, "utf8"),
  crlfDelay: Number.POSITIVE_INFINITY,
})) {
  lineNumber += 1;
  if (line.trim() === "") continue;
  read += 1;
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    rejected.push(`${file}:${lineNumber}: not valid JSON (${(error as Error).message})`);
    continue;
  }
  const result = validateResponse(record);
  if (!result.valid) {
    rejected.push(`${file}:${lineNumber}: ${result.issues.map(formatIssue).join("; ")}`);
    continue;
  }
  if (result.response.score === null) unanswered += 1;
  aggregator.add(result.response);
}

const aggregation = aggregator.result();
const points = trend(aggregation, { periods: 12 });
const latest = points.at(-1);
if (latest === undefined) {
  console.log(`No responses in ${file}.`);
  process.exit(1);
}

const fmt = (value: number | null, decimals = 1) =>
  value === null ? "—" : value.toFixed(decimals).replace("-", "−");
const signed = (value: number) => (value > 0 ? `+${fmt(value)}` : fmt(value));
const range = (point: { interval: { low: number; high: number } | null }) =>
  point.interval === null ? "" : `${fmt(point.interval.low)} to ${fmt(point.interval.high)}`;

console.log(`npskit example: ${file}`);
console.log(
  `Records: ${read} read, ${read - rejected.length - unanswered} answered, ${unanswered} unanswered, ${rejected.length} rejected`,
);
for (const reason of rejected) console.log(`  rejected ${reason}`);

const title = periodLabel(latest.period, "en");
const shown = displayNps(histogramAt(aggregation, latest.period.key));
console.log(`\n${title} (${TIME_ZONE})`);
console.log(
  `  NPS ${shown} (exact ${fmt(latest.nps, 2)}), 95 % interval ${range(latest)} (adjusted Wald), n = ${latest.answered}`,
);
if (latest.change !== null) {
  const verdict = latest.change.significant ? "significant" : "not significant";
  console.log(
    `  Change from ${periodLabel(points.at(-2)!.period, "en")}: ${signed(latest.change.difference)} points (p = ${latest.change.p.toFixed(3)}, ${verdict} at 95 %)`,
  );
}

console.log("\nTrend (▲/▼ = significant change from the month before)");
console.log(`  ${"month".padEnd(16)} ${"n".padStart(4)} ${"NPS".padStart(6)}   95 % interval`);
for (const point of points) console.log(`  ${trendRow(point)}`);

for (const breakdown of BREAKDOWNS) {
  console.log(`\n${title} by ${breakdown.join(" × ")}`);
  for (const cell of cellsOf(aggregation, latest.period.key, breakdown)) {
    const name = breakdown.map((d) => cell.segment[d] ?? "(not set)").join(" × ");
    const interval = npsInterval(cell.histogram);
    const value = nps(cell.histogram);
    const n = cell.histogram.counts.reduce((a, b) => a + b, 0);
    console.log(
      `  ${name.padEnd(16)} ${String(n).padStart(4)} ${fmt(value).padStart(6)}   ${range({ interval })}`,
    );
  }
}

function trendRow(point: TrendPoint): string {
  const mark = point.change?.significant ? (point.change.difference > 0 ? " ▲" : " ▼") : "";
  return `${periodLabel(point.period, "en").padEnd(16)} ${String(point.answered).padStart(4)} ${fmt(point.nps).padStart(6)}   ${range(point)}${mark}`;
}
