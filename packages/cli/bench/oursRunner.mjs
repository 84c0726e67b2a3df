// Child process: our pipeline, exactly what `npskit calc --input FILE --by region` runs (all months, or one
// month with PERIOD), so that its peak RSS is measured alone. Plain JavaScript on the built CLI (`pnpm bench`
// builds it first), as users run it: no tsx loader in the process to inflate the RSS.
// Usage: node oursRunner.mjs FILE TIME_ZONE THREADS [PERIOD]   (THREADS is DuckDB's; ours uses the machine's)
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCalcFromFile } from "../dist/commands/calc/runCalcFromFile.js";
import { reportRun } from "./runnerReport.mjs";

const [input, timeZone, , period] = process.argv.slice(2);
if (input === undefined || timeZone === undefined)
  throw new Error("usage: oursRunner.mjs FILE TIME_ZONE THREADS [PERIOD]");

/** @param {{ promoters: number, passives: number, detractors: number, unanswered: number }} result */
const countsOf = (result) => ({
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
  /** @type {Record<string, ReturnType<typeof countsOf>>} */
  const byRegion = {};
  for (const segment of result.segments.region ?? []) byRegion[segment.value ?? "(none)"] = countsOf(segment);
  // With one month, the per-region results are month × region cells: the check then covers month bucketing.
  const byMonthRegion =
    period === undefined
      ? undefined
      : Object.entries(byRegion).map(([region, counts]) => ({ month: period, region, ...counts }));
  return {
    engine: "npskit calc (runCalcFromFile, built)",
    aggregates: {
      total: countsOf(result),
      byRegion,
      ...(byMonthRegion !== undefined && { byMonthRegion }),
      rejected: result.accounting.rejected,
      duplicates: result.accounting.duplicates,
    },
  };
});
