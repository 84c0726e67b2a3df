/**
 * Builds the example ReportModel — October 2026 of `examples/monthly-report/data/responses.ndjson`, in
 * Europe/Moscow, by region, plan and channel, with sampled comments — and, when run (`pnpm example-report`),
 * writes it to `test/fixtures/report-model.example.json`: the fixture the renderer and output plugins test
 * against. `exampleReportModel.test.ts` fails when the committed file differs from a fresh build.
 *
 * Deterministic: a fixed `now`, and comments chosen by hash. The target (40) is a configuration choice made
 * here so that the fixture exercises the target line; nothing else is invented.
 */
import { writeFile } from "node:fs/promises";
import { fileURLToPath, pathToFileURL } from "node:url";
import { buildReportModel } from "../src/buildReportModel.js";
import { commentSampler } from "../src/commentSampler.js";
import { ingest } from "../src/ingest.js";
import type { ReportModel } from "../src/reportModel.js";
import { exampleSource } from "../test/exampleSource.js";

export const EXAMPLE_FIXTURE = fileURLToPath(
  new URL("../test/fixtures/report-model.example.json", import.meta.url),
);

const TIME_ZONE = "Europe/Moscow";

/** The example model, built exactly as the committed fixture was. */
export async function exampleReportModel(): Promise<ReportModel> {
  const comments = commentSampler({ timeZone: TIME_ZONE, period: "2026-10" });
  const ingested = await ingest({
    sources: [exampleSource()],
    timeZone: TIME_ZONE,
    breakdowns: [["region"], ["plan"], ["channel"]],
    onResponse: comments.add,
  });
  return buildReportModel({
    ...ingested,
    period: "2026-10",
    now: new Date("2026-11-02T09:00:00Z"),
    locale: "en",
    analysis: { timeZone: TIME_ZONE, target: 40 },
    // The name `npskit calc --input responses.ndjson` gives the quarantine of the four broken records.
    quarantine: "responses.ndjson.quarantine.ndjson",
    comments,
  });
}

/** The fixture's text: two-space JSON, as Biome formats it, so that regenerating leaves no formatting diff. */
export function fixtureText(model: ReportModel): string {
  return `${JSON.stringify(model, null, 2)}\n`;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await writeFile(EXAMPLE_FIXTURE, fixtureText(await exampleReportModel()));
  console.log(`wrote ${EXAMPLE_FIXTURE}`);
}
