// The monthly report from a folder of Parquet files: DuckDB counts the histograms where the files are and
// sends npskit periods × segments × 11 numbers, plus a bounded sample of responses for the comments.
// `pnpm demo` builds the October 2026 report; `pnpm make-data` rebuilds data/ from the monthly-report example.
import { defineConfig } from "@npskit/core";
import { duckdb } from "@npskit/source-duckdb";

export default defineConfig({
  // Every *.parquet file below data/; columns are found by name (id, submitted_at, score, comment…), every
  // other text column is a segment, and the driver ratings are listed.
  sources: [duckdb({ path: "data", drivers: ["price", "speed", "support"] })],
  analysis: {
    timeZone: "Europe/Moscow",
    segments: ["region", "plan", "channel"],
    target: 40,
  },
  brand: "../monthly-report/brand/brand.json",
  locale: "en",
  outDir: "reports",
});
