// Shared by the source's tests: run a SurveyMonkey source through the real ingest pipeline, as the CLI does.
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  countsOf,
  type ErrorLocation,
  histogramOf,
  ingest,
  type Logger,
  nps,
  type SurveyResponse,
} from "@npskit/core";
import { type SurveyMonkeyOptions, surveyMonkey } from "../src/index.js";

export const FIXTURES = fileURLToPath(new URL("../test/fixtures/", import.meta.url));
export const fixture = (name: string) => join(FIXTURES, name);

export interface Run {
  accounting: { read: number; accepted: number; unanswered: number; rejected: number; duplicates: number };
  responses: SurveyResponse[];
  locations: ErrorLocation[];
  rejections: { line: number | undefined; column: ErrorLocation["column"]; reason: string; raw: unknown }[];
  logs: string[];
}

/** Runs the source through the real ingest pipeline, as the CLI does. */
export async function run(options: SurveyMonkeyOptions, timeZone = "UTC"): Promise<Run> {
  const responses: SurveyResponse[] = [];
  const locations: ErrorLocation[] = [];
  const rejections: Run["rejections"] = [];
  const logs: string[] = [];
  const logger: Logger = {
    debug: (m) => logs.push(`debug: ${m}`),
    info: (m) => logs.push(`info: ${m}`),
    warn: (m) => logs.push(`warn: ${m}`),
    error: (m) => logs.push(`error: ${m}`),
  };
  const result = await ingest({
    sources: [surveyMonkey(options)],
    timeZone,
    logger,
    onResponse: (response, location) => {
      responses.push(response);
      locations.push(location);
    },
    onReject: (r) => {
      rejections.push({ line: r.location.line, column: r.location.column, reason: r.reason, raw: r.raw });
    },
  });
  const { rejectedByReason: _, ...accounting } = result.accounting;
  return { accounting, responses, locations, rejections, logs: logs.map((l) => l.replaceAll(FIXTURES, "")) };
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
