// The same table read row by row (the PostgreSQL source without its `aggregate` hook): what the example's
// test compares the pushed-down report with. Not needed to build reports.
import { defineConfig, type SourcePlugin } from "@npskit/core";
import { postgres } from "@npskit/source-postgres";

const table: SourcePlugin = postgres({
  ...(process.env.DATABASE_URL !== undefined && { connection: process.env.DATABASE_URL }),
  table: "public.nps_responses",
  drivers: ["price", "speed", "support"],
});

export default defineConfig({
  sources: [{ name: table.name, read: table.read! }],
  analysis: {
    timeZone: "Europe/Moscow",
    segments: ["region", "plan", "channel"],
    target: 40,
  },
  brand: "../monthly-report/brand/brand.json",
  locale: "en",
  outDir: "reports",
});
