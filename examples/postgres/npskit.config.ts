// The monthly report from a PostgreSQL table: PostgreSQL counts the histograms (one GROUP BY GROUPING SETS
// scan) and sends npskit periods × segments × 11 numbers, plus a bounded sample of responses for the comments.
// The connection comes from DATABASE_URL, else from the PG* variables (PGHOST, PGUSER, PGPASSWORD…) as in psql.
// `pnpm demo` loads the monthly-report example's data into the table and builds the October 2026 report.
import { defineConfig } from "@npskit/core";
import { postgres } from "@npskit/source-postgres";

export default defineConfig({
  sources: [
    postgres({
      ...(process.env.DATABASE_URL !== undefined && { connection: process.env.DATABASE_URL }),
      table: "public.nps_responses",
      drivers: ["price", "speed", "support"],
    }),
  ],
  analysis: {
    timeZone: "Europe/Moscow",
    segments: ["region", "plan", "channel"],
    target: 40,
  },
  brand: "../monthly-report/brand/brand.json",
  locale: "en",
  outDir: "reports",
});
