// The same October report, built from data/responses.csv instead of the store: the CSV holds the responses the
// sender script delivers, one row each (scripts/ndjsonToCsv.mjs writes it). Select it with
// `npskit report --config npskit.csv.config.ts`. The analysis, brand and locale are those of npskit.config.ts,
// so the two reports can be compared figure by figure (src/webhookReport.test.ts does).
import { defineConfig } from "@npskit/core";
import { csv } from "@npskit/source-csv";

export default defineConfig({
  sources: [
    csv({
      path: "data/responses.csv",
      // Every column named, although the CSV source would find these by their usual names: a renamed column
      // then stops the read instead of being guessed.
      columns: {
        id: "id",
        score: "score",
        submittedAt: "submittedAt",
        comment: "comment",
        locale: "locale",
        name: "name",
        email: "email",
        consentToContact: "consentToContact",
      },
      // Listed, so that no other column becomes a segment. The `source` column is not read: the CSV source
      // names its responses' source after itself, and no figure of the report depends on it.
      segments: ["region", "plan", "channel"],
      drivers: ["support", "price", "speed"],
    }),
  ],
  analysis: {
    timeZone: "Europe/Moscow",
    segments: ["region", "plan", "channel"],
    target: 40,
  },
  brand: "../monthly-report/brand/brand.json",
  locale: "en",
  // Next to the store's report (reports/), not over it: both are named nps-2026-10.*.
  outDir: "reports/csv",
});
