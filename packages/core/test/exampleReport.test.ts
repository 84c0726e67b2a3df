// End to end on the example project's data: ingest examples/monthly-report/data/responses.ndjson in
// Europe/Moscow by region, plan and channel, sample comments, build the October 2026 ReportModel, validate it,
// and check its numbers against a count made independently from the raw lines — JSON.parse and arithmetic,
// with none of the validation, aggregation or period code under test.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Aggregation } from "../src/aggregation.js";
import { buildReportModel } from "../src/buildReportModel.js";
import { commentSampler } from "../src/commentSampler.js";
import { compareNps } from "../src/compareNps.js";
import { type IngestResult, ingest } from "../src/ingest.js";
import { nps } from "../src/nps.js";
import { npsInterval } from "../src/npsInterval.js";
import { reportComparison } from "../src/reportComparison.js";
import type { ReportModel } from "../src/reportModel.js";
import { histogramAt } from "../src/selectCells.js";
import { stableHash } from "../src/stableHash.js";
import { validateReportModel } from "../src/validateReportModel.js";
import { EXAMPLE_DATA, exampleSource } from "./exampleSource.js";

interface Raw {
  readonly id: string;
  readonly score: number | null;
  readonly submittedAt: string;
  readonly comment?: string;
  readonly segments: Record<string, string>;
}

type Category = "promoter" | "passive" | "detractor";

const lines = readFileSync(EXAMPLE_DATA, "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "");

/** The lines that are JSON, without the three records makeData.mjs breaks on purpose (ids "r-bad-…"). */
const kept: Raw[] = lines.flatMap((line) => {
  try {
    const raw = JSON.parse(line) as Raw;
    return raw.id.startsWith("r-bad-") ? [] : [raw];
  } catch {
    return [];
  }
});

/** Month in Moscow, which has been UTC+3 all year round since October 2014. */
const monthOf = (raw: Raw) => new Date(Date.parse(raw.submittedAt) + 3 * 3_600_000).toISOString().slice(0, 7);
const categoryOf = (score: number): Category =>
  score >= 9 ? "promoter" : score >= 7 ? "passive" : "detractor";

function countsIn(month: string, segment?: readonly [string, string]) {
  const group = kept.filter(
    (raw) => monthOf(raw) === month && (segment === undefined || raw.segments[segment[0]] === segment[1]),
  );
  const scored = group.filter((raw) => raw.score !== null);
  return {
    promoters: scored.filter((raw) => raw.score! >= 9).length,
    passives: scored.filter((raw) => raw.score === 7 || raw.score === 8).length,
    detractors: scored.filter((raw) => raw.score! <= 6).length,
    unanswered: group.length - scored.length,
  };
}

let ingested: IngestResult;
let aggregation: Aggregation;
let model: ReportModel;

beforeAll(async () => {
  const sampler = commentSampler({ timeZone: "Europe/Moscow", period: "2026-10" });
  ingested = await ingest({
    sources: [exampleSource()],
    timeZone: "Europe/Moscow",
    breakdowns: [["region"], ["plan"], ["channel"]],
    onResponse: sampler.add,
  });
  aggregation = ingested.aggregation;
  model = buildReportModel({
    ...ingested,
    period: "2026-10",
    now: new Date("2026-11-02T09:00:00Z"),
    quarantine: "responses.ndjson.quarantine.ndjson",
    comments: sampler,
  });
});

describe("the October 2026 report of the example data", () => {
  it("is a valid ReportModel, also after a JSON round trip", () => {
    expect(validateReportModel(model).valid).toBe(true);
    expect(validateReportModel(JSON.parse(JSON.stringify(model))).valid).toBe(true);
  });

  it("accounts for every line: the four broken records are rejected, nothing else is lost", () => {
    expect(lines.length - kept.length).toBe(4);
    const unanswered = kept.filter((raw) => raw.score === null).length;
    expect(model.dataQuality).toEqual({
      read: lines.length,
      accepted: kept.length - unanswered,
      unanswered,
      rejected: 4,
      duplicates: 0,
      rejectedByReason: { "invalid /score": 2, "invalid /submittedAt": 1, "not valid JSON": 1 },
      sources: [
        {
          source: "npskit:ndjson",
          read: lines.length,
          accepted: kept.length - unanswered,
          unanswered,
          rejected: 4,
          duplicates: 0,
        },
      ],
      quarantine: "responses.ndjson.quarantine.ndjson",
    });
  });

  it("has the overall numbers of an independent count", () => {
    const { promoters, passives, detractors, unanswered } = countsIn("2026-10");
    const answered = promoters + passives + detractors;
    const exact = ((promoters - detractors) * 100) / answered;
    expect(model.overall).toMatchObject({
      answered,
      unanswered,
      promoters,
      passives,
      detractors,
      nps: exact,
    });
    // Positive, so half away from zero is ⌊x + 0.5⌋.
    expect(model.overall.displayed).toBe(Math.floor(exact + 0.5));
    // As `npskit calc` computes it: from the aggregation's histogram.
    expect(model.overall.nps).toBe(nps(histogramAt(aggregation, "2026-10")));
    expect(model.overall.interval).toEqual(npsInterval({ promoters, passives, detractors }));
    expect(model.distribution.counts.reduce((a, b) => a + b, 0)).toBe(answered);
    expect(model.distribution.unanswered).toBe(unanswered);
  });

  it("compares with September: change = October − September", () => {
    const october = countsIn("2026-10");
    const september = countsIn("2026-09");
    expect(model.previous).toMatchObject({
      promoters: september.promoters,
      passives: september.passives,
      detractors: september.detractors,
      unanswered: september.unanswered,
    });
    expect(model.change).toEqual(reportComparison(compareNps(september, october)));
    expect(model.change!.difference).toBeCloseTo(model.overall.nps! - model.previous!.nps!, 12);
  });

  it("has a 12-month trend whose counts are the independent monthly counts", () => {
    const months = model.trend.map((point) => point.period.key);
    expect(months[0]).toBe("2025-11");
    expect(months.at(-1)).toBe("2026-10");
    for (const point of model.trend) {
      const { promoters, passives, detractors } = countsIn(point.period.key);
      expect(point.answered, point.period.key).toBe(promoters + passives + detractors);
      expect(point.nps, point.period.key).toBe(((promoters - detractors) * 100) / point.answered);
    }
    // 13 months of data: every accepted response is in one of the trend's 12 months or in October 2025,
    // the month before the trend starts.
    const october2025 = countsIn("2025-10");
    const beforeTrend = october2025.promoters + october2025.passives + october2025.detractors;
    expect(beforeTrend).toBeGreaterThan(150);
    expect(model.trend.reduce((sum, point) => sum + point.answered, 0) + beforeTrend).toBe(
      model.dataQuality.accepted,
    );
  });

  it.each(["region", "plan", "channel"])(
    "has a %s table whose rows are the independent counts",
    (dimension) => {
      const table = model.segments.find((candidate) => candidate.dimension === dimension)!;
      const values = new Set(
        kept.filter((raw) => monthOf(raw) === "2026-10").map((raw) => raw.segments[dimension]),
      );
      expect(new Set(table.rows.map((row) => row.value))).toEqual(values);
      for (const row of table.rows) {
        const { promoters, passives, detractors, unanswered } = countsIn("2026-10", [dimension, row.value!]);
        expect(row.result, row.value!).toMatchObject({ promoters, passives, detractors, unanswered });
        expect(row.differenceFromOverall).toBeCloseTo(row.result.nps! - model.overall.nps!, 12);
      }
      const answered = table.rows.map((row) => row.result.answered);
      expect(answered).toEqual([...answered].sort((a, b) => b - a));
      expect(answered.reduce((a, b) => a + b, 0)).toBe(model.overall.answered);
    },
  );

  it("counts October's comments by category and shows the five distinct texts with the smallest hashes", () => {
    const october = kept.filter((raw) => monthOf(raw) === "2026-10" && raw.score !== null && raw.comment);
    // Every example comment has at least two words, so all rank by hash alone.
    expect(october.every((raw) => raw.comment!.trim().split(/\s+/).length >= 2)).toBe(true);
    for (const category of ["promoter", "passive", "detractor"] as const) {
      const own = october.filter((raw) => categoryOf(raw.score!) === category);
      expect(model.comments.total[category], category).toBe(own.length);
      // Bottom-5 over distinct texts: each text's smallest-hash response, then the five smallest of those.
      const bestByText = new Map<string, Raw>();
      for (const raw of own) {
        const text = raw.comment!.trim().toLowerCase();
        const best = bestByText.get(text);
        if (best === undefined || stableHash(raw.id) < stableHash(best.id)) bestByText.set(text, raw);
      }
      const expected = [...bestByText.values()]
        .sort((a, b) => stableHash(a.id) - stableHash(b.id))
        .slice(0, 5)
        .map((raw) => raw.id);
      expect(
        model.comments[category].map((comment) => comment.id),
        category,
      ).toEqual(expected);
      expect(new Set(model.comments[category].map((comment) => comment.text)).size).toBe(expected.length);
    }
  });
});
