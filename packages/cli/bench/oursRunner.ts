// Child process: our pipeline, exactly what `npskit calc --input FILE --by region` runs (all months, or one
// month with PERIOD), so that its peak RSS is measured alone.
// Usage: node --import tsx oursRunner.ts FILE TIME_ZONE THREADS [PERIOD]   (THREADS is DuckDB's; unused here)
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CalcResult } from "../src/commands/calc/runCalc.js";
import { runCalcFromFile } from "../src/commands/calc/runCalcFromFile.js";
import type { CategoryCounts, MonthRegionCell } from "./aggregates.js";
import { reportRun } from "./runnerReport.js";

const [input, timeZone, , period] = process.argv.slice(2);
if (input === undefined || timeZone === undefined)
  throw new Error("usage: oursRunner.ts FILE TIME_ZONE THREADS [PERIOD]");

const countsOf = (result: CalcResult): CategoryCounts => ({
  promoters: result.promoters,
  passives: result.passives,
  detractors: result.detractors,
  unanswered: result.unanswered,
});

await reportRun(async () => {
  const result = await runCalcFromFile({
    input,
    by: ["region"],
    timeZone,
    ...(period !== undefined && { period }),
    // The real command writes a quarantine next to its outputs; keep that cost, but out of the repo.
    quarantine: join(tmpdir(), `npskit-bench-${process.pid}.quarantine.ndjson`),
  });
  const byRegion: Record<string, CategoryCounts> = {};
  for (const segment of result.segments.region ?? []) byRegion[segment.value ?? "(none)"] = countsOf(segment);
  // With one month, the per-region results are month × region cells: the check then covers month bucketing.
  const byMonthRegion =
    period === undefined
      ? undefined
      : Object.entries(byRegion).map(
          ([region, counts]): MonthRegionCell => ({ month: period, region, ...counts }),
        );
  return {
    engine: "npskit runCalcFromFile",
    aggregates: {
      total: countsOf(result),
      byRegion,
      ...(byMonthRegion !== undefined && { byMonthRegion }),
      rejected: result.accounting.rejected,
      duplicates: result.accounting.duplicates,
    },
  };
});
