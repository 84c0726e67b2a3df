// Shared by the source's tests: run a SurveyMonkey source through the real ingest pipeline, as the CLI does.
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { countsOf, type ErrorLocation, histogramOf, nps, type SurveyResponse } from "@npskit/core";
import { collectSource } from "@npskit/core/testing";
import { type SurveyMonkeyOptions, surveyMonkey } from "../src/index.js";

export const FIXTURES = fileURLToPath(new URL("../test/fixtures/", import.meta.url));
export const fixture = (name: string) => join(FIXTURES, name);

export interface Run {
  accounting: { read: number; accepted: number; unanswered: number; rejected: number; duplicates: number };
  responses: readonly SurveyResponse[];
  locations: readonly ErrorLocation[];
  rejections: { line: number | undefined; column: ErrorLocation["column"]; reason: string; raw: unknown }[];
  logs: string[];
}

/** Runs the source through the real ingest pipeline, as the CLI does. */
export async function run(options: SurveyMonkeyOptions, timeZone = "UTC"): Promise<Run> {
  const { accounting, responses, locations, ...result } = await collectSource(surveyMonkey(options), {
    timeZone,
  });
  const { rejectedByReason: _, ...counted } = accounting;
  const rejections = result.rejections.map((r) => ({
    line: r.location.line,
    column: r.location.column,
    reason: r.reason,
    raw: r.raw,
  }));
  const logs = result.logs.map((l) => l.replaceAll(FIXTURES, ""));
  return { accounting: counted, responses, locations, rejections, logs };
}

/** Promoters, passives, detractors and NPS of the answered responses. */
export function npsOf(responses: readonly SurveyResponse[]) {
  const counts = countsOf(histogramOf(responses.map((r) => r.score)));
  return { ...counts, nps: nps(counts) };
}

export const counts = (read: number, accepted: number, unanswered: number, rejected: number) => ({
  read,
  accepted,
  unanswered,
  rejected,
  duplicates: 0,
});
