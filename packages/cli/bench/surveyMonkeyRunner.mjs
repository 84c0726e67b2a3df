// Child process: the SurveyMonkey source on a CSV export of the generated responses, read the way
// `npskit report` reads a SurveyMonkey export (row by row, duplicates tracked on disk), with the region
// question as a segment. Plain JavaScript on the built packages, like oursRunner.mjs.
// Usage: node surveyMonkeyRunner.mjs EXPORT_CSV TIME_ZONE
import { ingest, countsOf as scoreCountsOf } from "@npskit/core";
import { surveyMonkey } from "@npskit/source-surveymonkey";
import { spillingDuplicateTracker } from "../dist/ingest/spillingDuplicateTracker.js";
import { reportRun } from "./runnerReport.mjs";

const [input, timeZone] = process.argv.slice(2);
if (input === undefined || timeZone === undefined)
  throw new Error("usage: surveyMonkeyRunner.mjs EXPORT_CSV TIME_ZONE");

/** @param {import("@npskit/core").Histogram} histogram */
const countsOf = (histogram) => {
  const { promoters, passives, detractors } = scoreCountsOf(histogram);
  return { promoters, passives, detractors, unanswered: histogram.unanswered };
};

await reportRun(async () => {
  const source = surveyMonkey({
    path: input,
    segments: ["Which region are you in?"],
    segmentNames: { "Which region are you in?": "region" },
  });
  const { aggregation, accounting } = await ingest({
    sources: [source],
    timeZone,
    breakdowns: [["region"]],
    duplicateTracker: spillingDuplicateTracker("keep-latest"),
  });
  const total = { counts: new Array(11).fill(0), unanswered: 0 };
  /** @type {Record<string, { counts: number[], unanswered: number }>} */
  const regions = {};
  for (const cell of aggregation.cells) {
    const region = cell.segment.region ?? "(none)";
    if (cell.breakdown.length > 0 && regions[region] === undefined)
      regions[region] = { counts: new Array(11).fill(0), unanswered: 0 };
    const target = cell.breakdown.length === 0 ? total : regions[region];
    cell.histogram.counts.forEach((n, k) => {
      target.counts[k] += n;
    });
    target.unanswered += cell.histogram.unanswered;
  }
  return {
    engine: "npskit SurveyMonkey source (row by row)",
    aggregates: {
      total: countsOf(total),
      byRegion: Object.fromEntries(Object.entries(regions).map(([region, h]) => [region, countsOf(h)])),
      rejected: accounting.rejected,
      duplicates: accounting.duplicates,
    },
  };
});
