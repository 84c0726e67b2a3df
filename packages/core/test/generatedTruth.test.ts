// End to end against independent ground truth: the data generator writes 200,000 responses as CSV (with
// quoted commas, quotes and newlines in comments) together with the exact counts it produced. Every row is
// validated, then counted by month × region and month × plan, and every cell must match the truth exactly.
import { execFile } from "node:child_process";
import { createReadStream } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { parse } from "csv-parse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Aggregation } from "../src/aggregation.js";
import { Aggregator } from "../src/aggregator.js";
import { nps } from "../src/nps.js";
import { countsOf } from "../src/npsCounts.js";
import { histogramAt } from "../src/selectCells.js";
import type { SurveyResponse } from "../src/surveyResponse.js";
import { validateResponse } from "../src/validateResponse.js";

const GENERATOR = fileURLToPath(new URL("../../../bench/gen-responses.mjs", import.meta.url));
const ROWS = 200_000;

interface TruthCell {
  readonly month: string;
  readonly count: number;
  readonly promoters: number;
  readonly passives: number;
  readonly detractors: number;
  readonly nps: number;
}

interface Truth {
  readonly options: { readonly rows: number };
  readonly totals: {
    readonly count: number;
    readonly promoters: number;
    readonly passives: number;
    readonly detractors: number;
    readonly nps: number;
    readonly commentRows: number;
    readonly multilineComments: number;
    readonly scoreCounts: readonly number[];
  };
  readonly byMonthRegion: readonly (TruthCell & { readonly region: string })[];
  readonly byMonthPlan: readonly (TruthCell & { readonly plan: string })[];
}

interface Row {
  readonly id: string;
  readonly submitted_at: string;
  readonly score: string;
  readonly region: string;
  readonly plan: string;
  readonly comment: string;
}

let dir: string;
let truth: Truth;
let aggregation: Aggregation;
let invalid: { line: number; issues: unknown }[];
let comments: { rows: number; multiline: number };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "npskit-truth-"));
  const csv = join(dir, "r.csv");
  const truthFile = join(dir, "t.json");
  await promisify(execFile)(process.execPath, [
    GENERATOR,
    "--rows",
    String(ROWS),
    "--seed",
    "7",
    "--out",
    csv,
    "--truth",
    truthFile,
  ]);
  truth = JSON.parse(await readFile(truthFile, "utf8")) as Truth;

  const aggregator = new Aggregator({ grain: "month", timeZone: "UTC", breakdowns: [["region"], ["plan"]] });
  invalid = [];
  comments = { rows: 0, multiline: 0 };
  const parser = createReadStream(csv).pipe(parse({ columns: true, info: true }));
  for await (const { record, info } of parser as AsyncIterable<{ record: Row; info: { lines: number } }>) {
    const candidate: SurveyResponse = {
      id: record.id,
      score: Number(record.score),
      submittedAt: record.submitted_at,
      segments: { region: record.region, plan: record.plan },
      ...(record.comment === "" ? {} : { comment: record.comment }),
    };
    if (record.comment !== "") comments.rows += 1;
    if (record.comment.includes("\n")) comments.multiline += 1;
    const result = validateResponse(candidate);
    if (!result.valid) {
      invalid.push({ line: info.lines, issues: result.issues });
      continue;
    }
    aggregator.add(result.response);
  }
  aggregation = aggregator.result();
}, 60_000);

afterAll(async () => {
  if (dir !== undefined) await rm(dir, { recursive: true, force: true });
});

function counts(cell: { counts: number[]; unanswered: number }) {
  const { promoters, passives, detractors } = countsOf(cell);
  return { count: promoters + passives + detractors + cell.unanswered, promoters, passives, detractors };
}

describe("aggregation of generated responses against the generator's truth", () => {
  it("reads and validates every row, comments with quoted newlines included", () => {
    expect(invalid).toEqual([]);
    expect(truth.options.rows).toBe(ROWS);
    expect(comments).toEqual({ rows: truth.totals.commentRows, multiline: truth.totals.multilineComments });
    expect(comments.multiline).toBeGreaterThan(0);
  });

  it("matches the totals", () => {
    const months = aggregation.periods.map((period) => period.key);
    const total = { counts: new Array<number>(11).fill(0), unanswered: 0 };
    for (const month of months) {
      const histogram = histogramAt(aggregation, month);
      histogram.counts.forEach((count, score) => {
        total.counts[score]! += count;
      });
      total.unanswered += histogram.unanswered;
    }
    expect(total.unanswered).toBe(0);
    expect(total.counts).toEqual(truth.totals.scoreCounts);
    expect(counts(total)).toEqual({
      count: truth.totals.count,
      promoters: truth.totals.promoters,
      passives: truth.totals.passives,
      detractors: truth.totals.detractors,
    });
    expect(Math.abs(nps(total)! - truth.totals.nps)).toBeLessThan(1e-9);
  });

  it("matches every month × region cell exactly", () => {
    expect(truth.byMonthRegion.length).toBeGreaterThan(0);
    for (const cell of truth.byMonthRegion) {
      const histogram = histogramAt(aggregation, cell.month, { region: cell.region });
      const { month, region, nps: expectedNps, ...expected } = cell;
      expect(counts(histogram), `${month} ${region}`).toEqual(expected);
      expect(Math.abs(nps(histogram)! - expectedNps), `${month} ${region}`).toBeLessThan(1e-9);
    }
    const regionCells = aggregation.cells.filter((cell) => cell.breakdown.join() === "region");
    expect(regionCells).toHaveLength(truth.byMonthRegion.length);
  });

  it("matches every month × plan cell exactly", () => {
    expect(truth.byMonthPlan.length).toBeGreaterThan(0);
    for (const cell of truth.byMonthPlan) {
      const histogram = histogramAt(aggregation, cell.month, { plan: cell.plan });
      const { month, plan, nps: expectedNps, ...expected } = cell;
      expect(counts(histogram), `${month} ${plan}`).toEqual(expected);
      expect(Math.abs(nps(histogram)! - expectedNps), `${month} ${plan}`).toBeLessThan(1e-9);
    }
    const planCells = aggregation.cells.filter((cell) => cell.breakdown.join() === "plan");
    expect(planCells).toHaveLength(truth.byMonthPlan.length);
  });

  it("finds the months the generator covered, in order", () => {
    const months = [...new Set(truth.byMonthPlan.map((cell) => cell.month))].sort();
    expect(aggregation.periods.map((period) => period.key)).toEqual(months);
    expect(months).toHaveLength(18);
  });
});
