// The same files read row by row (the DuckDB source without its `aggregate` hook): what the example's test
// compares the pushed-down report with. Not needed to build reports.
import { defineConfig, type SourcePlugin } from "@npskit/core";
import { duckdb } from "@npskit/source-duckdb";

const files: SourcePlugin = duckdb({ path: "data", drivers: ["price", "speed", "support"] });

export default defineConfig({
  sources: [{ name: files.name, read: files.read! }],
  analysis: {
    timeZone: "Europe/Moscow",
    segments: ["region", "plan", "channel"],
    target: 40,
  },
  brand: "../monthly-report/brand/brand.json",
  locale: "en",
  outDir: "reports",
});
