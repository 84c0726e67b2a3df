// Child process: a monthly report's aggregation through DuckDB pushdown — what `npskit report` asks of a
// config with `duckdb({ path })`: histograms by month × region in the time zone, plus the response sample
// for comments — over the Parquet file, so that its peak RSS is measured alone.
// Usage: node --import tsx pushdownRunner.ts FILE.parquet TIME_ZONE THREADS SAMPLE_FROM
// (SAMPLE_FROM: the month before the report's month, e.g. 2025-11: the report samples these two months.)
import { ingest, parsePeriod } from "@npskit/core";
import { duckdb } from "@npskit/source-duckdb";
import { type CategoryCounts, emptyCounts, type MonthRegionCell } from "./aggregates.js";
import { reportRun } from "./runnerReport.mjs";

const [input, timeZone, threads, sampleFrom] = process.argv.slice(2);
if (input === undefined || timeZone === undefined || threads === undefined || sampleFrom === undefined)
  throw new Error("usage: pushdownRunner.ts FILE.parquet TIME_ZONE THREADS SAMPLE_FROM");

await reportRun(async () => {
  let sampled = 0;
  const { aggregation, accounting } = await ingest({
    // Every column but the mapped ones would be a segment; the report's segment is region.
    sources: [duckdb({ path: input, segments: ["region", "plan"], threads: Number(threads) })],
    timeZone,
    grain: "month",
    breakdowns: [["region"]],
    onResponse: () => {
      sampled += 1;
    },
    // What the report pipeline asks for (reportScopes' RESPONSE_SAMPLE, from the month before the report's).
    responseSample: { perPeriod: 20_000, from: parsePeriod(sampleFrom, timeZone) },
  });
  if (sampled === 0) throw new Error("the pushdown returned no response sample");
  const total = emptyCounts();
  const byRegion: Record<string, CategoryCounts> = {};
  const byMonthRegion: MonthRegionCell[] = [];
  const scoreCounts = new Array<number>(11).fill(0);
  for (const cell of aggregation.cells) {
    const { counts, unanswered } = cell.histogram;
    const categories: CategoryCounts = {
      promoters: counts[9]! + counts[10]!,
      passives: counts[7]! + counts[8]!,
      detractors: counts.slice(0, 7).reduce((a, b) => a + b, 0),
      unanswered,
    };
    if (cell.breakdown.length === 0) {
      for (const key of Object.keys(total) as (keyof CategoryCounts)[]) total[key] += categories[key];
      counts.forEach((n, score) => {
        scoreCounts[score]! += n;
      });
      continue;
    }
    const region = cell.segment.region ?? "(none)";
    byMonthRegion.push({ month: cell.period, region, ...categories });
    byRegion[region] ??= emptyCounts();
    for (const key of Object.keys(total) as (keyof CategoryCounts)[])
      byRegion[region]![key] += categories[key];
  }
  return {
    engine: `npskit:duckdb pushdown (sample ${sampled.toLocaleString("en")})`,
    aggregates: {
      total,
      byRegion,
      byMonthRegion,
      scoreCounts,
      rejected: accounting.rejected,
      duplicates: accounting.duplicates,
    },
  };
});
