// The example project's configuration: where the responses come from, how they are analysed, and how the
// report looks. Relative paths are read from this file's folder. `pnpm demo` (in this folder or at the
// repository root) builds the October 2026 report with it, in English and Russian.
import { defineConfig } from "@npskit/core";
import { ndjson } from "@npskit/source-ndjson";

export default defineConfig({
  sources: [ndjson({ path: "data/responses.ndjson" })],
  analysis: {
    // Periods are calendar months in Moscow: a response at 2026-10-31T22:30Z belongs to November.
    timeZone: "Europe/Moscow",
    segments: ["region", "plan", "channel"],
    target: 40,
  },
  brand: "brand/brand.json",
  locale: "en",
  outDir: "reports",
});
