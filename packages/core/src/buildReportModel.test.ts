import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { accountingOf } from "../test/accountingOf.js";
import { addResponses } from "../test/addResponses.js";
import { arraySource, recordAt } from "../test/arraySource.js";
import { inputSourcesArbitrary, sourceItemsOf } from "../test/ingestInput.js";
import { thrown } from "../test/thrown.js";
import type { Aggregation } from "./aggregation.js";
import { Aggregator } from "./aggregator.js";
import { buildReportModel, type ReportModelInput } from "./buildReportModel.js";
import { commentSampler } from "./commentSampler.js";
import { compareNps } from "./compareNps.js";
import type { RoundingMode } from "./displayNps.js";
import { DUPLICATE_POLICIES, type DuplicatePolicy } from "./duplicateTracker.js";
import { histogramOf } from "./histogram.js";
import { ingest } from "./ingest.js";
import { nps } from "./nps.js";
import { categoryOf } from "./npsCounts.js";
import { npsInterval } from "./npsInterval.js";
import { reportComparison } from "./reportComparison.js";
import type { ReportModel } from "./reportModel.js";
import { resolveConfig } from "./resolveConfig.js";
import { histogramAt } from "./selectCells.js";
import type { SurveyResponse } from "./surveyResponse.js";
import { validateReportModel } from "./validateReportModel.js";

const NOW = new Date("2026-11-02T09:00:00Z");
const OCT = "2026-10-15T12:00:00Z";
const SEP = "2026-09-15T12:00:00Z";

/**
 * October (UTC): 80 promoters, 30 passives, 40 detractors and 4 unanswered — the SurveyMonkey calculator's
 * example — split so that both tables have a null row and the plan table a tie:
 *   Europe / Pro   60 × 10, 10 × 8, 5 × 3      Europe 60 / 10 / 10 (80)   Pro  60 / 10 / 5  (75)
 *   Europe / Free   5 × 3                      APAC   20 / 20 / 30 (70)   Free 20 / 20 / 35 (75)
 *   APAC / Free    20 × 9, 20 × 7, 30 × 0
 *   no segments     4 unanswered
 * September: 600 promoters, 250 passives, 150 detractors (NPS 45), the compareNps JSDoc example.
 */
function handAggregation(): Aggregation {
  const aggregator = new Aggregator({ breakdowns: [["region"], ["plan"]] });
  const europePro = { region: "Europe", plan: "Pro" };
  const europeFree = { region: "Europe", plan: "Free" };
  const apacFree = { region: "APAC", plan: "Free" };
  addResponses(aggregator, OCT, 10, 60, europePro);
  addResponses(aggregator, OCT, 8, 10, europePro);
  addResponses(aggregator, OCT, 3, 5, europePro);
  addResponses(aggregator, OCT, 3, 5, europeFree);
  addResponses(aggregator, OCT, 9, 20, apacFree);
  addResponses(aggregator, OCT, 7, 20, apacFree);
  addResponses(aggregator, OCT, 0, 30, apacFree);
  addResponses(aggregator, OCT, null, 4);
  addResponses(aggregator, SEP, 9, 600, europePro);
  addResponses(aggregator, SEP, 7, 250, apacFree);
  addResponses(aggregator, SEP, 5, 150, apacFree);
  return aggregator.result();
}

const aggregation = handAggregation();

function build(overrides: Partial<ReportModelInput> = {}): ReportModel {
  const model = buildReportModel({
    aggregation,
    accounting: accountingOf(aggregation),
    now: NOW,
    ...overrides,
  });
  // Every model built in these tests must be valid; buildReportModel checks too, this checks independently.
  expect(validateReportModel(JSON.parse(JSON.stringify(model)))).toEqual({ valid: true, model });
  return model;
}

const percentagesFirst = { rounding: { mode: "percentages-first", decimals: 0 } } as const;

describe("buildReportModel: overall result", () => {
  it("80/30/40: counts, exact shares and NPS, the displayed percentages 53 − 27 = 26 (percentages first)", () => {
    const { overall } = build({ period: "2026-10", analysis: percentagesFirst });
    expect(overall).toMatchObject({
      answered: 150,
      unanswered: 4,
      promoters: 80,
      passives: 30,
      detractors: 40,
    });
    expect(overall.shares).toEqual({ promoters: 80 / 150, passives: 30 / 150, detractors: 40 / 150 });
    // 53.33 → 53, 20 → 20, 26.67 → 27; and the displayed NPS is exactly the difference of the shown numbers.
    expect(overall.displayedShares).toEqual({ promoters: 53, passives: 20, detractors: 27 });
    expect(overall.displayed).toBe(26);
    expect(overall.displayed).toBe(overall.displayedShares!.promoters - overall.displayedShares!.detractors);
    expect(overall.nps).toBe(((80 - 40) * 100) / 150);
  });

  it.each([
    ["exact", 0, 27, { promoters: 53, passives: 20, detractors: 27 }],
    ["exact", 1, 26.7, { promoters: 53.3, passives: 20, detractors: 26.7 }],
    ["percentages-first", 1, 26.6, { promoters: 53.3, passives: 20, detractors: 26.7 }],
    ["percentages-first", 2, 26.66, { promoters: 53.33, passives: 20, detractors: 26.67 }],
  ] as const)("rounding %s to %i decimals shows %d with shares %j", (mode, decimals, displayed, shares) => {
    const { overall } = build({ period: "2026-10", analysis: { rounding: { mode, decimals } } });
    expect(overall.displayed).toBe(displayed);
    expect(overall.displayedShares).toEqual(shares);
  });

  it("has the adjusted-Wald interval and half its width as the margin of error", () => {
    // Python, from the formula (0.75 / 1.5 / 0.75 pseudo-counts, n + 3, z = 1.959963984540054):
    // [12.644801842036927, 39.642779857309485], half width 13.498989007636279.
    const { overall } = build({ period: "2026-10" });
    expect(overall.interval!.low).toBeCloseTo(12.644801842036927, 10);
    expect(overall.interval!.high).toBeCloseTo(39.642779857309485, 10);
    expect(overall.interval).toMatchObject({ level: 0.95, method: "adjusted-wald" });
    expect(overall.marginOfError).toBeCloseTo(13.498989007636279, 10);
  });

  it("uses the configured interval method and level", () => {
    const { overall } = build({ period: "2026-10", analysis: { interval: { method: "wald", level: 0.9 } } });
    const expected = npsInterval(
      { promoters: 80, passives: 30, detractors: 40 },
      { method: "wald", level: 0.9 },
    );
    expect(overall.interval).toEqual(expected);
  });
});

describe("buildReportModel: previous period and change", () => {
  it("compares September (600/250/150, NPS 45) with October: change = October − September", () => {
    const model = build({ period: "2026-10" });
    expect(model.previousPeriod.key).toBe("2026-09");
    expect(model.previous).toMatchObject({ answered: 1000, promoters: 600, nps: 45, displayed: 45 });
    // Python, adjusted Wald written out: difference −18.333…, se 7.273172388666907, z −2.5740642375166303,
    // p = erfc(|z|/√2) = 0.010051160989786999, interval [−32.976768874099186, −4.466457003822597].
    const change = model.change!;
    expect(change.difference).toBeCloseTo(-18.333333333333336, 10);
    expect(change.se).toBeCloseTo(7.273172388666907, 10);
    expect(change.z).toBeCloseTo(-2.5740642375166303, 10);
    expect(change.p).toBeCloseTo(0.010051160989786999, 12);
    expect(change.significant).toBe(true);
    expect(change.interval.low).toBeCloseTo(-32.976768874099186, 10);
    expect(change.interval.high).toBeCloseTo(-4.466457003822597, 10);
    expect(change.interval).toMatchObject({ level: 0.95, method: "adjusted-wald" });
  });

  it("uses the configured comparison method: Wald gives p 0.01266 (compareNps JSDoc)", () => {
    const change = build({ period: "2026-10", analysis: { comparison: "wald" } }).change!;
    // Python: z = −2.4932907076610094, p = 0.012656517498004857.
    expect(change.z).toBeCloseTo(-2.4932907076610094, 10);
    expect(change.p).toBeCloseTo(0.012656517498004857, 12);
    expect(change.interval.method).toBe("wald");
  });

  it("has no previous result and no change when the period before has no answers", () => {
    const model = build({ period: "2026-09" });
    expect(model.previousPeriod.key).toBe("2026-08");
    expect(model.previous).toBeNull();
    expect(model.change).toBeNull();
  });
});

describe("buildReportModel: distribution, method, data quality", () => {
  it("holds the period's 0–10 histogram and the unanswered", () => {
    expect(build({ period: "2026-10" }).distribution).toMatchInlineSnapshot(`
      {
        "counts": [
          30,
          0,
          0,
          10,
          0,
          0,
          0,
          20,
          10,
          20,
          60,
        ],
        "unanswered": 4,
      }
    `);
  });

  it("describes the method", () => {
    const model = build({
      analysis: {
        timeZone: "UTC",
        period: "month",
        comparison: "wald",
        duplicates: "keep-first",
        ...percentagesFirst,
      },
    });
    expect(model.method).toMatchInlineSnapshot(`
      {
        "comparison": "wald",
        "duplicates": "keep-first",
        "grain": "month",
        "interval": {
          "level": 0.95,
          "method": "adjusted-wald",
        },
        "rounding": {
          "decimals": 0,
          "mode": "percentages-first",
        },
        "timeZone": "UTC",
      }
    `);
  });

  it("copies the accounting, per source too, with the quarantine file name", () => {
    const crm = {
      source: "npskit:csv",
      read: 10,
      accepted: 6,
      unanswered: 1,
      rejected: 2,
      duplicates: 1,
      rejectedByReason: { "invalid /score": 2 },
    };
    const hub = {
      source: "npskit:ndjson",
      read: 3,
      accepted: 2,
      unanswered: 0,
      rejected: 1,
      duplicates: 0,
      rejectedByReason: { "not valid JSON": 1 },
    };
    const accounting = {
      read: 13,
      accepted: 8,
      unanswered: 1,
      rejected: 3,
      duplicates: 1,
      // Out of order on purpose: the model lists reasons sorted.
      rejectedByReason: { "not valid JSON": 1, "invalid /score": 2 },
    };
    const model = build({ accounting, sources: [crm, hub], quarantine: "responses.quarantine.ndjson" });
    expect(model.dataQuality).toMatchInlineSnapshot(`
      {
        "accepted": 8,
        "duplicates": 1,
        "quarantine": "responses.quarantine.ndjson",
        "read": 13,
        "rejected": 3,
        "rejectedByReason": {
          "invalid /score": 2,
          "not valid JSON": 1,
        },
        "sources": [
          {
            "accepted": 6,
            "duplicates": 1,
            "read": 10,
            "rejected": 2,
            "source": "npskit:csv",
            "unanswered": 1,
          },
          {
            "accepted": 2,
            "duplicates": 0,
            "read": 3,
            "rejected": 1,
            "source": "npskit:ndjson",
            "unanswered": 0,
          },
        ],
        "unanswered": 1,
      }
    `);
    expect(Object.keys(model.dataQuality.rejectedByReason)).toEqual(["invalid /score", "not valid JSON"]);
  });

  it("takes a resolved config's analysis settings as they are", () => {
    const { analysis } = resolveConfig({
      analysis: {
        target: 30,
        interval: { level: 0.9 },
        rounding: { mode: "percentages-first", decimals: 1 },
      },
    });
    const model = build({ period: "2026-10", analysis });
    expect(model.target).toBe(30);
    expect(model.method).toMatchObject({
      interval: { method: "adjusted-wald", level: 0.9 },
      rounding: { mode: "percentages-first", decimals: 1 },
    });
    expect(model.overall.displayed).toBe(26.6);
  });

  it("fills the defaults: en, no target, no comments, no recommendations, no quarantine", () => {
    const model = build();
    expect(model).toMatchObject({
      schemaVersion: 1,
      generatedAt: "2026-11-02T09:00:00Z",
      locale: "en",
      scope: {},
      target: null,
      recommendations: [],
      comments: {
        total: { promoter: 0, passive: 0, detractor: 0 },
        promoter: [],
        passive: [],
        detractor: [],
      },
    });
    expect(model.dataQuality.sources).toEqual([]);
    expect(model.dataQuality.quarantine).toBeNull();
  });

  it("keeps milliseconds of now when there are some; carries locale and target", () => {
    const model = build({
      now: new Date("2026-11-02T09:00:00.250Z"),
      locale: "ru",
      analysis: { target: 40 },
    });
    expect(model).toMatchObject({ generatedAt: "2026-11-02T09:00:00.250Z", locale: "ru", target: 40 });
  });

  it("copies recommendations deeply, so a later change to the input cannot reach the model", () => {
    const recommendation = {
      id: "thin-evidence",
      rule: "npskit:thin-evidence",
      area: "feedback" as const,
      priority: 40,
      title: "Collect more responses",
      rationale: "±10 points is too wide to act on.",
      evidence: ["n = 150"],
      references: ["/overall/interval"],
      actions: ["Send a reminder"],
    };
    const model = build({ recommendations: [recommendation] });
    recommendation.evidence.push("changed");
    expect(model.recommendations).toEqual([{ ...recommendation, evidence: ["n = 150"] }]);
  });
});

describe("buildReportModel: trend", () => {
  it("has 12 consecutive months ending with the report period, empty ones with nps null", () => {
    const { trend, change, overall } = build({ period: "2026-10" });
    expect(trend.map((point) => point.period.key)).toEqual([
      "2025-11",
      "2025-12",
      "2026-01",
      "2026-02",
      "2026-03",
      "2026-04",
      "2026-05",
      "2026-06",
      "2026-07",
      "2026-08",
      "2026-09",
      "2026-10",
    ]);
    expect(trend.map((point) => point.nps)).toEqual([...Array(10).fill(null), 45, overall.nps]);
    expect(trend.map((point) => point.displayed)).toEqual([...Array(10).fill(null), 45, 27]);
    expect(
      trend.slice(0, 10).every((p) => p.answered === 0 && p.interval === null && p.change === null),
    ).toBe(true);
    // September follows an empty August: no change; October's change is the model's change.
    expect(trend[10]!.change).toBeNull();
    expect(trend[11]!.change).toEqual(change);
    expect(trend[11]!.interval).toEqual(overall.interval);
  });

  it.each([
    [1, ["2026-10"]],
    [3, ["2026-08", "2026-09", "2026-10"]],
  ])("has trendLength %i points", (trendLength, keys) => {
    const { trend } = build({ period: "2026-10", trendLength });
    expect(trend.map((point) => point.period.key)).toEqual(keys);
    // The first point has nothing before it in the trend.
    expect(trend[0]!.change).toBeNull();
  });

  it("shows z as null when it is infinite (Wald, neither month varies)", () => {
    const aggregator = new Aggregator();
    addResponses(aggregator, SEP, 10, 5);
    addResponses(aggregator, OCT, 0, 5);
    const result = aggregator.result();
    const model = buildReportModel({
      aggregation: result,
      accounting: accountingOf(result),
      now: NOW,
      analysis: { comparison: "wald" },
    });
    expect(model.change).toMatchObject({ difference: -200, se: 0, z: null, p: 0, significant: true });
    expect(model.trend.at(-1)!.change).toEqual(model.change);
    expect(validateReportModel(model).valid).toBe(true);
  });
});

describe("buildReportModel: segments", () => {
  it("has one table per breakdown, rows largest first, ties by value, null last", () => {
    const { segments } = build({ period: "2026-10" });
    expect(segments.map((table) => table.dimension)).toEqual(["region", "plan"]);
    const rows = segments.map((table) => table.rows.map((row) => [row.value, row.result.answered]));
    // Plan: Free and Pro tie at 75, so by value; the null rows hold the 4 unanswered only.
    expect(rows).toEqual([
      [
        ["Europe", 80],
        ["APAC", 70],
        [null, 0],
      ],
      [
        ["Free", 75],
        ["Pro", 75],
        [null, 0],
      ],
    ]);
  });

  it("gives each row its result and its exact difference from the overall NPS", () => {
    const { segments, overall } = build({ period: "2026-10" });
    const [europe, apac, none] = segments[0]!.rows;
    expect(europe!.result).toMatchObject({ promoters: 60, passives: 10, detractors: 10, nps: 62.5 });
    expect(europe!.differenceFromOverall).toBeCloseTo(62.5 - 80 / 3, 12);
    expect(apac!.result.nps).toBeCloseTo(-100 / 7, 12);
    expect(apac!.differenceFromOverall).toBeCloseTo(-100 / 7 - 80 / 3, 12);
    expect(europe!.result.interval).toEqual(npsInterval({ promoters: 60, passives: 10, detractors: 10 }));
    // The null row: 4 unanswered, no NPS, nothing to compare.
    expect(none).toMatchObject({ value: null, differenceFromOverall: null, versusRest: null });
    expect(none!.result).toMatchObject({
      answered: 0,
      unanswered: 4,
      nps: null,
      interval: null,
      shares: null,
    });
    expect(overall.nps).toBeCloseTo(80 / 3, 12);
  });

  it("compares each group with the rest: compareNps(rest, group), so difference = group − rest", () => {
    const { segments } = build({ period: "2026-10" });
    const [europe, apac] = segments[0]!.rows;
    // Rest of Europe = APAC plus the 4 unanswered; rest of APAC = Europe plus the same 4: written out by hand.
    const apacScores = [
      ...Array(20).fill(9),
      ...Array(20).fill(7),
      ...Array(30).fill(0),
      null,
      null,
      null,
      null,
    ];
    const europeScores = [
      ...Array(60).fill(10),
      ...Array(10).fill(8),
      ...Array(10).fill(3),
      null,
      null,
      null,
      null,
    ];
    const europeOnly = histogramAt(aggregation, "2026-10", { region: "Europe" });
    const apacOnly = histogramAt(aggregation, "2026-10", { region: "APAC" });
    expect(europe!.versusRest).toEqual(reportComparison(compareNps(histogramOf(apacScores), europeOnly)));
    expect(apac!.versusRest).toEqual(reportComparison(compareNps(histogramOf(europeScores), apacOnly)));
    // Python, adjusted Wald written out: Europe vs rest difference 76.7857…, z 5.955583213158446,
    // p 2.5914599786421785e-9; APAC the mirror image.
    expect(europe!.versusRest!.difference).toBeCloseTo(62.5 + 100 / 7, 12);
    expect(europe!.versusRest!.z).toBeCloseTo(5.955583213158446, 10);
    expect(europe!.versusRest!.p).toBeCloseTo(2.5914599786421785e-9, 15);
    expect(europe!.versusRest!.significant).toBe(true);
    expect(apac!.versusRest!.difference).toBeCloseTo(-(62.5 + 100 / 7), 12);
    expect(apac!.versusRest!.z).toBeCloseTo(-5.955583213158446, 10);
  });

  it("compares plans the same way (Python: Pro vs rest z 7.761823345023016)", () => {
    const [free, pro] = build({ period: "2026-10" }).segments[1]!.rows;
    expect(pro!.versusRest!.difference).toBeCloseTo(73.33333333333333 - -20, 12);
    expect(pro!.versusRest!.z).toBeCloseTo(7.761823345023016, 10);
    expect(free!.versusRest!.z).toBeCloseTo(-7.761823345023016, 10);
  });

  it("gives each row the same group's previous period: September Europe 600 × 9, APAC 250 × 7 + 150 × 5", () => {
    const { segments, previousPeriod } = build({ period: "2026-10" });
    expect(previousPeriod.key).toBe("2026-09");
    const previous = segments.map((table) => table.rows.map((row) => [row.value, row.previous]));
    // Europe: 600 promoters → 100. APAC: 150 detractors of 400 → −37.5. Plans mirror regions (Pro was all
    // Europe, Free all APAC). The null groups answered nothing in September: null.
    expect(previous).toEqual([
      [
        ["Europe", { answered: 600, nps: 100 }],
        ["APAC", { answered: 400, nps: -37.5 }],
        [null, null],
      ],
      [
        ["Free", { answered: 400, nps: -37.5 }],
        ["Pro", { answered: 600, nps: 100 }],
        [null, null],
      ],
    ]);
    // The answered of the rows add up to the previous overall: no group is lost.
    expect(segments[0]!.rows.reduce((sum, row) => sum + (row.previous?.answered ?? 0), 0)).toBe(1000);
  });

  it("takes the previous period of a scope from the scope's breakdown", () => {
    const aggregator = new Aggregator({ breakdowns: [["region"], ["region", "plan"]] });
    addResponses(aggregator, OCT, 9, 4, { region: "Europe", plan: "Pro" });
    addResponses(aggregator, SEP, 9, 3, { region: "Europe", plan: "Pro" });
    addResponses(aggregator, SEP, 0, 1, { region: "Europe", plan: "Pro" });
    addResponses(aggregator, SEP, 0, 5, { region: "APAC", plan: "Pro" });
    const scoped = aggregator.result();
    const model = buildReportModel({
      aggregation: scoped,
      accounting: accountingOf(scoped),
      now: NOW,
      period: "2026-10",
      scope: { region: "Europe" },
    });
    // Europe / Pro in September: 3 promoters, 1 detractor → (3 − 1) / 4 = 50; APAC's 5 detractors are out of scope.
    expect(model.segments[0]!.rows[0]!.previous).toEqual({ answered: 4, nps: 50 });
    expect(validateReportModel(JSON.parse(JSON.stringify(model))).valid).toBe(true);
  });

  it("keeps a table without rows when the period has no responses", () => {
    const model = build({ period: "2026-11" });
    expect(model.segments).toEqual([
      { dimension: "region", rows: [] },
      { dimension: "plan", rows: [] },
    ]);
  });
});

describe("buildReportModel: periods without answers", () => {
  // November: only two unanswered responses; the latest period with data, so the default report period.
  const aggregator = new Aggregator({ breakdowns: [["region"]] });
  addResponses(aggregator, OCT, 9, 3, { region: "Europe" });
  addResponses(aggregator, "2026-11-10T12:00:00Z", null, 2, { region: "Europe" });
  const sparse = aggregator.result();

  it("has nps, displayed, shares, interval and change null — never 0 — and still counts the unanswered", () => {
    const model = buildReportModel({ aggregation: sparse, accounting: accountingOf(sparse), now: NOW });
    expect(model.period.key).toBe("2026-11");
    expect(model.overall).toEqual({
      answered: 0,
      unanswered: 2,
      promoters: 0,
      passives: 0,
      detractors: 0,
      shares: null,
      displayedShares: null,
      nps: null,
      displayed: null,
      interval: null,
      marginOfError: null,
    });
    expect(model.change).toBeNull();
    expect(model.previous).toMatchObject({ answered: 3, nps: 100 });
    expect(model.distribution).toEqual({ counts: Array(11).fill(0), unanswered: 2 });
    expect(model.segments[0]!.rows).toEqual([
      {
        value: "Europe",
        result: model.overall,
        differenceFromOverall: null,
        versusRest: null,
        previous: { answered: 3, nps: 100 },
      },
    ]);
    expect(model.trend.at(-1)).toMatchObject({
      answered: 0,
      nps: null,
      displayed: null,
      interval: null,
      change: null,
    });
    expect(validateReportModel(model).valid).toBe(true);
  });

  it("reports a period with no responses at all", () => {
    const model = buildReportModel({
      aggregation: sparse,
      accounting: accountingOf(sparse),
      now: NOW,
      period: "2027-01",
    });
    expect(model.overall).toMatchObject({ answered: 0, unanswered: 0, nps: null });
    expect(model.previous).toBeNull();
    expect(model.change).toBeNull();
  });

  it("reports a chosen period of an empty aggregation", () => {
    const empty = new Aggregator({ timeZone: "Europe/Moscow" }).result();
    const model = buildReportModel({
      aggregation: empty,
      accounting: accountingOf(empty),
      now: NOW,
      period: "2026-10",
    });
    expect(model.period).toEqual({
      grain: "month",
      key: "2026-10",
      timeZone: "Europe/Moscow",
      start: "2026-10-01T00:00:00+03:00",
      end: "2026-11-01T00:00:00+03:00",
    });
    expect(model.trend).toHaveLength(12);
    expect(model.segments).toEqual([]);
  });
});

describe("buildReportModel: scope", () => {
  const aggregator = new Aggregator({ breakdowns: [["region"], ["region", "plan"], ["plan"]] });
  addResponses(aggregator, OCT, 10, 6, { region: "Europe", plan: "Pro" });
  addResponses(aggregator, OCT, 3, 2, { region: "Europe", plan: "Free" });
  addResponses(aggregator, OCT, 0, 9, { region: "APAC", plan: "Free" });
  addResponses(aggregator, SEP, 8, 4, { region: "Europe", plan: "Free" });
  const scoped = aggregator.result();

  it("restricts every number to the scope's group, with tables of the breakdowns that add one dimension", () => {
    const sampler = commentSampler({ scope: { region: "Europe" } });
    const model = buildReportModel({
      aggregation: scoped,
      accounting: accountingOf(scoped),
      now: NOW,
      scope: { region: "Europe" },
      comments: sampler,
    });
    expect(model.scope).toEqual({ region: "Europe" });
    expect(model.overall).toMatchObject({ answered: 8, promoters: 6, detractors: 2, nps: 50 });
    expect(model.previous).toMatchObject({ answered: 4, nps: 0 });
    expect(model.change!.difference).toBe(50);
    expect(model.segments.map((table) => table.dimension)).toEqual(["plan"]);
    const [pro, free] = model.segments[0]!.rows;
    expect([pro!.value, pro!.result.answered, free!.value, free!.result.answered]).toEqual([
      "Pro",
      6,
      "Free",
      2,
    ]);
    // Rest of Europe/Pro is Europe/Free only — APAC is outside the report.
    expect(pro!.versusRest).toEqual(
      reportComparison(
        compareNps(
          { promoters: 0, passives: 0, detractors: 2 },
          { promoters: 6, passives: 0, detractors: 0 },
        ),
      ),
    );
    expect(model.trend.at(-2)).toMatchObject({ answered: 4, nps: 0 });
  });

  it("needs the scope's breakdown, and comments sampled for the same scope", () => {
    expect(
      thrown(() =>
        buildReportModel({
          aggregation: scoped,
          accounting: accountingOf(scoped),
          now: NOW,
          scope: { channel: "email" },
        }),
      ),
    ).toMatchObject({ code: "NPSKIT_E_INVALID_ARGUMENT" });
    expect(
      thrown(() =>
        buildReportModel({
          aggregation: scoped,
          accounting: accountingOf(scoped),
          now: NOW,
          scope: { region: "Europe" },
          comments: commentSampler(),
        }),
      ),
    ).toMatchObject({
      code: "NPSKIT_E_INVALID_ARGUMENT",
      message: 'the comments were sampled with scope [], not [["region","Europe"]] as the report',
    });
  });
});

describe("buildReportModel: input errors", () => {
  const accounting = accountingOf(aggregation);
  it.each<[string, Partial<ReportModelInput>, string, string]>([
    [
      "a period of another grain",
      { period: "2026-Q4" },
      "NPSKIT_E_INVALID_ARGUMENT",
      "report period 2026-Q4 is a quarter, but the data are by month",
    ],
    ["an unreadable period", { period: "October" }, "NPSKIT_E_PERIOD", '"October" is not a period'],
    [
      "another time zone",
      { analysis: { timeZone: "Europe/Moscow" } },
      "NPSKIT_E_INVALID_ARGUMENT",
      "the analysis is in Europe/Moscow, but the aggregation was counted in UTC",
    ],
    [
      "another grain",
      { analysis: { period: "week" } },
      "NPSKIT_E_INVALID_ARGUMENT",
      "the analysis is by week, but the aggregation was counted by month",
    ],
    [
      "a level of 1",
      { analysis: { interval: { level: 1 } } },
      "NPSKIT_E_INVALID_ARGUMENT",
      "confidence level must be a fraction",
    ],
    ["a trend of 0 periods", { trendLength: 0 }, "NPSKIT_E_INVALID_ARGUMENT", "at least 1"],
    [
      "an invalid date",
      { now: new Date("soon") },
      "NPSKIT_E_INVALID_ARGUMENT",
      "now must be a valid Date (got Invalid Date)",
    ],
    [
      "an accounting that loses records",
      { accounting: { ...accounting, read: accounting.read + 1 } },
      "NPSKIT_E_INVALID_ARGUMENT",
      "the accounting of the total loses records: read 1155 ≠ accepted 1150 + unanswered 4 + rejected 0 + duplicates 0",
    ],
    [
      "a source accounting that loses records",
      { sources: [{ ...accounting, source: "npskit:csv", duplicates: 1 }] },
      "NPSKIT_E_INVALID_ARGUMENT",
      "the accounting of source npskit:csv loses records",
    ],
    [
      "comments in another time zone",
      { comments: commentSampler({ timeZone: "Europe/Moscow" }) },
      "NPSKIT_E_INVALID_ARGUMENT",
      "the comments were sampled with time zone Europe/Moscow, not UTC as the report",
    ],
    [
      "comments by another grain",
      { comments: commentSampler({ grain: "week" }) },
      "NPSKIT_E_INVALID_ARGUMENT",
      "the comments were sampled with grain week, not month as the report",
    ],
    [
      "comments of another period",
      { comments: commentSampler({ period: "2026-09" }), period: "2026-10" },
      "NPSKIT_E_INVALID_ARGUMENT",
      "the comment sampler kept the comments of 2026-09 only, not of 2026-10",
    ],
    [
      "a locale without templates",
      { locale: "de" as "en" },
      "NPSKIT_E_INVALID_REPORT",
      'invalid report model: /locale: must be one of "en", "ru" (got "de")',
    ],
    [
      "a recommendation in an unknown area",
      {
        recommendations: [
          {
            id: "x",
            rule: "x",
            area: "luck" as "goals",
            priority: 1,
            title: "t",
            rationale: "r",
            evidence: [],
            references: [],
            actions: ["a"],
          },
        ],
      },
      "NPSKIT_E_INVALID_REPORT",
      "/recommendations/0/area: must be one of",
    ],
  ])("refuses %s", (_, overrides, code, message) => {
    const error = thrown(() => buildReportModel({ aggregation, accounting, now: NOW, ...overrides }));
    expect(error).toMatchObject({ code });
    expect((error as Error).message).toContain(message);
  });

  it("needs a period when the aggregation is empty", () => {
    const empty = new Aggregator().result();
    expect(
      thrown(() => buildReportModel({ aggregation: empty, accounting: accountingOf(empty), now: NOW })),
    ).toMatchObject({
      code: "NPSKIT_E_INVALID_ARGUMENT",
      message: "nothing to report: the aggregation holds no responses and no period was given",
    });
  });
});

describe("buildReportModel: determinism", () => {
  const comments = [
    "Great support",
    "ok",
    "Too expensive for what it does",
    "<b>Slow</b> & buggy",
    "  Fine  ",
  ];

  /** Responses over three months and two regions, with comments; deterministic. */
  function responses(): SurveyResponse[] {
    return Array.from({ length: 120 }, (_, i) => ({
      id: `r-${i}`,
      score: i % 13 === 0 ? null : (i * 7) % 11,
      submittedAt: new Date(Date.UTC(2026, 7 + (i % 3), 1 + (i % 28), i % 24)).toISOString(),
      segments: { region: i % 4 === 0 ? "APAC" : "Europe" },
      ...(i % 3 !== 1 && { comment: comments[i % comments.length]! }),
    }));
  }

  function modelOf(list: readonly SurveyResponse[]): string {
    const aggregator = new Aggregator({ breakdowns: [["region"]] });
    const sampler = commentSampler({ size: 3 });
    for (const response of list) {
      aggregator.add(response);
      sampler.add(response);
    }
    const result = aggregator.result();
    return JSON.stringify(
      buildReportModel({
        aggregation: result,
        accounting: accountingOf(result),
        now: NOW,
        comments: sampler,
      }),
    );
  }

  it("gives byte-identical JSON for the same responses in any order, comment selection included", () => {
    const ordered = responses();
    const json = modelOf(ordered);
    expect(JSON.parse(json).comments.promoter.length).toBeGreaterThan(0);
    expect(modelOf([...ordered].reverse())).toBe(json);
    fc.assert(
      fc.property(fc.shuffledSubarray(ordered, { minLength: ordered.length }), (shuffled) => {
        expect(modelOf(shuffled)).toBe(json);
      }),
      { numRuns: 25 },
    );
  });
});

describe("buildReportModel: properties", () => {
  it("builds a valid model from any ingested input, with the accounting invariant in dataQuality", async () => {
    await fc.assert(
      fc.asyncProperty(
        inputSourcesArbitrary,
        fc.constantFrom<DuplicatePolicy>(...DUPLICATE_POLICIES),
        fc.constantFrom<RoundingMode>("exact", "percentages-first"),
        fc.integer({ min: 0, max: 3 }),
        async (sources, duplicates, mode, decimals) => {
          const ingested = await ingest({
            sources: sources.map((source) => arraySource(source.name, sourceItemsOf(source))),
            timeZone: "Europe/Moscow",
            breakdowns: [["region"]],
            duplicates,
          });
          const { aggregation: result } = ingested;
          const period = result.periods.at(-1)?.key ?? "2026-10";
          const model = buildReportModel({
            ...ingested,
            period,
            now: NOW,
            analysis: { timeZone: "Europe/Moscow", duplicates, rounding: { mode, decimals } },
          });
          expect(validateReportModel(JSON.parse(JSON.stringify(model))).valid).toBe(true);
          const quality = model.dataQuality;
          expect(quality.read).toBe(
            quality.accepted + quality.unanswered + quality.rejected + quality.duplicates,
          );
          for (const source of quality.sources) {
            expect(source.read).toBe(
              source.accepted + source.unanswered + source.rejected + source.duplicates,
            );
          }
          // The segment rows partition the overall result.
          const rows = model.segments[0]?.rows ?? [];
          expect(rows.reduce((sum, row) => sum + row.result.answered, 0)).toBe(model.overall.answered);
          expect(rows.reduce((sum, row) => sum + row.result.unanswered, 0)).toBe(model.overall.unanswered);
          expect(model.overall.nps).toBe(nps(histogramAt(result, period)));
        },
      ),
      { numRuns: 60 },
    );
  });

  it("builds a valid model from any comments, and the same one for any order of the responses", async () => {
    const responseArbitrary = fc.record({
      id: fc.constantFrom("a", "b", "c", "d", "e", "f", "g", "h"),
      score: fc.option(fc.integer({ min: 0, max: 10 }), { freq: 5 }),
      day: fc.integer({ min: 1, max: 31 }),
      comment: fc.option(
        fc.oneof(
          fc.constantFrom("ok", "", "  ", "Два слова", "</style><script>x</script>"),
          fc.string({ maxLength: 40 }),
        ),
        { freq: 3 },
      ),
    });
    // Records numbered as lines, then the same records in a random order.
    const recordsArbitrary = fc
      .array(responseArbitrary, { maxLength: 30 })
      .map((items) =>
        items.map((item, index) =>
          recordAt(index + 2, {
            id: item.id,
            score: item.score,
            submittedAt: `2026-10-${String(item.day).padStart(2, "0")}T12:00:00Z`,
            segments: { region: item.day % 2 === 0 ? "Europe" : "APAC" },
            ...(item.comment !== null && { comment: item.comment }),
          }),
        ),
      )
      .chain((records) =>
        fc.tuple(fc.constant(records), fc.shuffledSubarray(records, { minLength: records.length })),
      );
    await fc.assert(
      fc.asyncProperty(recordsArbitrary, async ([records, shuffled]) => {
        const run = async (list: typeof records) => {
          const sampler = commentSampler({ timeZone: "Europe/Moscow", duplicates: "keep-all" });
          const ingested = await ingest({
            sources: [arraySource("test:s", [list])],
            timeZone: "Europe/Moscow",
            breakdowns: [["region"]],
            duplicates: "keep-all",
            onResponse: sampler.add,
          });
          return buildReportModel({ ...ingested, period: "2026-10", now: NOW, comments: sampler });
        };
        const model = await run(records);
        expect(validateReportModel(model).valid).toBe(true);
        expect(JSON.stringify(await run(shuffled))).toBe(JSON.stringify(model));
        const total = model.comments.total;
        // With keep-all nothing is resolved away: each category shows 5 different texts, or all it has.
        const texts = {
          promoter: new Set<string>(),
          passive: new Set<string>(),
          detractor: new Set<string>(),
        };
        let comments = 0;
        for (const { response } of records) {
          const { score, comment } = response as SurveyResponse;
          if (score === null || comment === undefined || comment.trim() === "") continue;
          comments += 1;
          texts[categoryOf(score)].add(comment.trim().toLowerCase().replace(/\s+/g, " "));
        }
        expect(total.promoter + total.passive + total.detractor).toBe(comments);
        expect(model.comments.promoter).toHaveLength(Math.min(5, texts.promoter.size));
        expect(model.comments.passive).toHaveLength(Math.min(5, texts.passive.size));
        expect(model.comments.detractor).toHaveLength(Math.min(5, texts.detractor.size));
      }),
      { numRuns: 60 },
    );
  });
});
