// End to end against independent ground truth: the repository's data generator writes 200,000 responses as
// CSV (comments with quoted commas, quotes, newlines, Cyrillic and emoji) together with the exact counts it
// produced. The csv source reads the file through the real ingest pipeline; every count must match.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { countsOf, type Histogram, histogramAt, type IngestResult, ingest, nps } from "@npskit/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { csv } from "../src/index.js";

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
  readonly totals: TruthCell & {
    readonly commentRows: number;
    readonly multilineComments: number;
    readonly scoreCounts: readonly number[];
  };
  readonly byMonthRegion: readonly (TruthCell & { readonly region: string })[];
  readonly byMonthPlan: readonly (TruthCell & { readonly plan: string })[];
}

let dir: string;

async function generate(name: string, rows: number, ...flags: string[]) {
  const path = join(dir, `${name}.csv`);
  const truthPath = join(dir, `${name}.json`);
  const args = [
    GENERATOR,
    "--rows",
    String(rows),
    "--seed",
    name,
    "--out",
    path,
    "--truth",
    truthPath,
    ...flags,
  ];
  await promisify(execFile)(process.execPath, args);
  return { path, truth: JSON.parse(await readFile(truthPath, "utf8")) as Truth };
}

async function read(path: string) {
  const comments = { rows: 0, multiline: 0 };
  const rejections: string[] = [];
  const result = await ingest({
    sources: [csv({ path })],
    timeZone: "UTC",
    breakdowns: [["region"], ["plan"]],
    onResponse: (response) => {
      if (response.comment === undefined) return;
      comments.rows += 1;
      if (response.comment.includes("\n")) comments.multiline += 1;
    },
    onReject: (rejection) => {
      rejections.push(`${rejection.location.line}: ${rejection.reason}`);
    },
  });
  return { result, comments, rejections };
}

function counts(histogram: Histogram) {
  const { promoters, passives, detractors } = countsOf(histogram);
  return { count: promoters + passives + detractors + histogram.unanswered, promoters, passives, detractors };
}

let truth: Truth;
let result: IngestResult;
let comments: { rows: number; multiline: number };
let rejections: string[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "npskit-csv-generated-"));
  const generated = await generate("lf", ROWS);
  truth = generated.truth;
  ({ result, comments, rejections } = await read(generated.path));
}, 120_000);

afterAll(async () => {
  if (dir !== undefined) await rm(dir, { recursive: true, force: true });
});

describe("the csv source on 200,000 generated responses", () => {
  it("accounts for every row, comments with quoted newlines included", () => {
    expect(rejections).toEqual([]);
    expect(result.accounting).toEqual({
      read: ROWS,
      accepted: ROWS,
      unanswered: 0,
      rejected: 0,
      duplicates: 0,
      rejectedByReason: {},
    });
    expect(comments).toEqual({ rows: truth.totals.commentRows, multiline: truth.totals.multilineComments });
    expect(comments.multiline).toBeGreaterThan(0);
  });

  it("matches the score counts and the NPS", () => {
    const total = { counts: new Array<number>(11).fill(0), unanswered: 0 };
    for (const period of result.aggregation.periods) {
      histogramAt(result.aggregation, period.key).counts.forEach((count, score) => {
        total.counts[score]! += count;
      });
    }
    expect(total.counts).toEqual(truth.totals.scoreCounts);
    expect(Math.abs(nps(total)! - truth.totals.nps)).toBeLessThan(1e-9);
  });

  it("matches every month × region and month × plan cell", () => {
    for (const { month, region, nps: expectedNps, ...expected } of truth.byMonthRegion) {
      const histogram = histogramAt(result.aggregation, month, { region });
      expect(counts(histogram), `${month} ${region}`).toEqual(expected);
      expect(Math.abs(nps(histogram)! - expectedNps)).toBeLessThan(1e-9);
    }
    for (const { month, plan, nps: _, ...expected } of truth.byMonthPlan) {
      expect(counts(histogramAt(result.aggregation, month, { plan })), `${month} ${plan}`).toEqual(expected);
    }
  });

  it("reads the same file with CRLF line ends and a BOM", async () => {
    const generated = await generate("crlf-bom", 20_000, "--crlf", "--bom");
    const crlf = await read(generated.path);
    expect(crlf.rejections).toEqual([]);
    expect(crlf.result.accounting.accepted).toBe(20_000);
    expect(crlf.comments).toEqual({
      rows: generated.truth.totals.commentRows,
      multiline: generated.truth.totals.multilineComments,
    });
  }, 60_000);
});
