import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { thrown } from "../test/thrown.js";
import type { AggregationCell, Breakdown } from "./aggregation.js";
import { Aggregator, compareValues, normalizeBreakdowns } from "./aggregator.js";
import { emptyHistogram, histogramOf } from "./histogram.js";
import type { SurveyResponse } from "./surveyResponse.js";

let nextId = 1;
function response(
  submittedAt: string,
  score: number | null,
  segments?: Record<string, string>,
): SurveyResponse {
  return { id: String(nextId++), score, submittedAt, ...(segments === undefined ? {} : { segments }) };
}

/** A compact view of a cell: "period breakdown segment → counts / unanswered". */
function row(cell: AggregationCell): string {
  const segment = cell.breakdown.map((d) => `${d}=${cell.segment[d] ?? "∅"}`).join(",") || "(total)";
  const counts = cell.histogram.counts
    .map((count, score) => (count > 0 ? `${score}:${count}` : ""))
    .filter(Boolean);
  return `${cell.period} ${segment} [${counts.join(" ")}] unanswered ${cell.histogram.unanswered}`;
}

const RESPONSES: SurveyResponse[] = [
  response("2026-10-03T10:00:00Z", 10, { region: "Europe", plan: "pro" }),
  response("2026-10-04T10:00:00Z", 9, { region: "APAC", plan: "free" }),
  response("2026-10-05T10:00:00Z", 3, { region: "Europe", plan: "free" }),
  response("2026-10-06T10:00:00Z", null, { region: "Europe", plan: "pro" }),
  response("2026-10-07T10:00:00Z", 7, { plan: "pro" }),
  // 22:30Z on the 31st is November in Moscow, October in UTC.
  response("2026-10-31T22:30:00Z", 8, { region: "APAC", plan: "pro" }),
  response("2026-09-15T10:00:00Z", 0, { region: "Europe", plan: "free" }),
  response("2026-11-02T10:00:00Z", 10),
];

describe("Aggregator", () => {
  it("counts histograms by period and breakdown in one pass", () => {
    const aggregator = new Aggregator({ breakdowns: [["region"], ["plan"]] });
    for (const r of RESPONSES) aggregator.add(r);
    expect(aggregator.count).toBe(RESPONSES.length);
    const result = aggregator.result();
    expect(result.grain).toBe("month");
    expect(result.timeZone).toBe("UTC");
    expect(result.breakdowns).toEqual([[], ["region"], ["plan"]]);
    expect(result.periods.map((p) => p.key)).toEqual(["2026-09", "2026-10", "2026-11"]);
    expect(result.cells.map(row)).toEqual([
      "2026-09 (total) [0:1] unanswered 0",
      "2026-09 region=Europe [0:1] unanswered 0",
      "2026-09 plan=free [0:1] unanswered 0",
      "2026-10 (total) [3:1 7:1 8:1 9:1 10:1] unanswered 1",
      "2026-10 region=APAC [8:1 9:1] unanswered 0",
      "2026-10 region=Europe [3:1 10:1] unanswered 1",
      "2026-10 region=∅ [7:1] unanswered 0",
      "2026-10 plan=free [3:1 9:1] unanswered 0",
      "2026-10 plan=pro [7:1 8:1 10:1] unanswered 1",
      "2026-11 (total) [10:1] unanswered 0",
      "2026-11 region=∅ [10:1] unanswered 0",
      "2026-11 plan=∅ [10:1] unanswered 0",
    ]);
  });

  it("counts unanswered responses apart, never as a score", () => {
    const aggregator = new Aggregator();
    aggregator.add(response("2026-10-01T00:00:00Z", null));
    aggregator.add(response("2026-10-02T00:00:00Z", null));
    aggregator.add(response("2026-10-03T00:00:00Z", 0));
    const [cell] = aggregator.result().cells;
    expect(cell?.histogram).toEqual({ counts: [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], unanswered: 2 });
  });

  it("keeps a period that holds only unanswered responses", () => {
    const aggregator = new Aggregator();
    aggregator.add(response("2026-10-01T00:00:00Z", null));
    const result = aggregator.result();
    expect(result.periods.map((p) => p.key)).toEqual(["2026-10"]);
    expect(result.cells).toHaveLength(1);
    expect(result.cells[0]?.histogram.counts.every((count) => count === 0)).toBe(true);
    expect(result.cells[0]?.histogram.unanswered).toBe(1);
  });

  it("uses calendar periods of the configured zone and grain", () => {
    const moscow = new Aggregator({ timeZone: "europe/moscow" });
    const newYork = new Aggregator({ timeZone: "America/New_York" });
    const late = response("2026-10-31T22:30:00Z", 9);
    moscow.add(late);
    newYork.add(late);
    expect(moscow.timeZone).toBe("Europe/Moscow");
    expect(moscow.result().periods).toEqual([
      {
        grain: "month",
        key: "2026-11",
        timeZone: "Europe/Moscow",
        start: "2026-11-01T00:00:00+03:00",
        end: "2026-12-01T00:00:00+03:00",
      },
    ]);
    expect(newYork.result().cells.map((c) => c.period)).toEqual(["2026-10"]);

    const weekly = new Aggregator({ grain: "week" });
    weekly.add(response("2027-01-01T12:00:00Z", 9));
    weekly.add(response("2026-12-28T00:00:00Z", 9));
    weekly.add(response("2027-01-04T00:00:00Z", 9));
    expect(weekly.result().cells.map(row)).toEqual([
      "2026-W53 (total) [9:2] unanswered 0",
      "2027-W01 (total) [9:1] unanswered 0",
    ]);
  });

  it("counts breakdown combinations, with null for a missing dimension sorted last", () => {
    const aggregator = new Aggregator({ breakdowns: [["region", "plan"]] });
    for (const r of RESPONSES) aggregator.add(r);
    const october = aggregator
      .result()
      .cells.filter((c) => c.period === "2026-10" && c.breakdown.length === 2);
    expect(october.map((c) => c.segment)).toEqual([
      { region: "APAC", plan: "free" },
      { region: "APAC", plan: "pro" },
      { region: "Europe", plan: "free" },
      { region: "Europe", plan: "pro" },
      { region: null, plan: "pro" },
    ]);
    expect(october.map((c) => c.breakdown)).toEqual(Array(5).fill(["region", "plan"]));
    expect(october[3]?.histogram).toEqual({ counts: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1], unanswered: 1 });
  });

  it("orders cells by period, then breakdown as listed, then values in code-point order", () => {
    const aggregator = new Aggregator({ breakdowns: [["plan"], ["region"]] });
    const values = ["b", "B", "a", "Ä", "ä", "Z"];
    for (const value of values) {
      aggregator.addAt(Date.UTC(2026, 9, 5), 9, { region: value, plan: value });
      aggregator.addAt(Date.UTC(2026, 8, 5), 9, { region: value, plan: value });
    }
    aggregator.addAt(Date.UTC(2026, 9, 5), 9, {});
    const cells = aggregator.result().cells;
    const octoberRegions = cells.filter((c) => c.period === "2026-10" && c.breakdown[0] === "region");
    expect(octoberRegions.map((c) => c.segment.region)).toEqual(["B", "Z", "a", "b", "Ä", "ä", null]);
    expect(cells.map((c) => `${c.period}/${c.breakdown.join("")}`)).toEqual([
      ...Array(1).fill("2026-09/"),
      ...Array(6).fill("2026-09/plan"),
      ...Array(6).fill("2026-09/region"),
      ...Array(1).fill("2026-10/"),
      ...Array(7).fill("2026-10/plan"),
      ...Array(7).fill("2026-10/region"),
    ]);
  });

  it("gives the same result whatever order the responses arrive in", () => {
    const forward = new Aggregator({
      timeZone: "Europe/Moscow",
      breakdowns: [["region"], ["region", "plan"]],
    });
    const backward = new Aggregator({
      timeZone: "Europe/Moscow",
      breakdowns: [["region"], ["region", "plan"]],
    });
    for (const r of RESPONSES) forward.add(r);
    for (const r of [...RESPONSES].reverse()) backward.add(r);
    expect(JSON.stringify(backward.result())).toBe(JSON.stringify(forward.result()));
  });

  it("returns a snapshot: later adds and edits of the result do not leak", () => {
    const aggregator = new Aggregator({ breakdowns: [["region"]] });
    aggregator.add(response("2026-10-01T00:00:00Z", 9, { region: "APAC" }));
    const first = aggregator.result();
    const copy = structuredClone(first);
    aggregator.add(response("2026-10-02T00:00:00Z", 9, { region: "APAC" }));
    aggregator.add(response("2026-11-02T00:00:00Z", null, { region: "Europe" }));
    expect(first).toEqual(copy);
    first.cells[0]!.histogram.counts[9] = 100;
    first.cells[0]!.histogram.unanswered = 100;
    const second = aggregator.result();
    expect(second.cells[0]?.histogram).toEqual({ counts: [0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0], unanswered: 0 });
    expect(second.periods.map((p) => p.key)).toEqual(["2026-10", "2026-11"]);
    expect(aggregator.count).toBe(3);
  });

  it("addHistogramAt counts a histogram as its responses one by one would", () => {
    const one = new Aggregator({ timeZone: "Asia/Kathmandu", breakdowns: [["region"]] });
    const bulk = new Aggregator({ timeZone: "Asia/Kathmandu", breakdowns: [["region"]] });
    const at = Date.UTC(2026, 9, 31, 18, 30); // 1 November 00:15 in Kathmandu
    const scores = [0, 9, 9, 10, null, 7] as const;
    for (const score of scores) one.addAt(at, score, { region: "APAC" });
    one.addAt(at, 5);
    bulk.addHistogramAt(at, histogramOf(scores), { region: "APAC" });
    bulk.addHistogramAt(at, histogramOf([5]));
    bulk.addHistogramAt(at, emptyHistogram(), { region: "LATAM" });
    expect(bulk.result()).toEqual(one.result());
    expect(bulk.count).toBe(7);
    const broken = { counts: [1, -1, 0, 0, 0, 0, 0, 0, 0, 0, 0], unanswered: 0 };
    expect(thrown(() => bulk.addHistogramAt(at, broken))).toMatchObject({
      code: "NPSKIT_E_INVALID_ARGUMENT",
    });
  });

  it("addAt counts an instant, a score and segments directly", () => {
    const viaAdd = new Aggregator({ breakdowns: [["region"]] });
    const viaAddAt = new Aggregator({ breakdowns: [["region"]] });
    for (const r of RESPONSES) {
      viaAdd.add(r);
      viaAddAt.addAt(Date.parse(r.submittedAt), r.score, r.segments);
    }
    expect(viaAddAt.result()).toEqual(viaAdd.result());
  });

  it("ignores segment dimensions that no breakdown names", () => {
    const aggregator = new Aggregator();
    aggregator.add(response("2026-10-01T00:00:00Z", 9, { region: "APAC", channel: "email" }));
    expect(aggregator.result().cells.map(row)).toEqual(["2026-10 (total) [9:1] unanswered 0"]);
  });

  it("rejects an unreadable submittedAt, naming the response", () => {
    const aggregator = new Aggregator();
    const error = thrown(() => aggregator.add({ id: "r-17", score: 9, submittedAt: "31/10/2026" }));
    expect(error).toMatchObject({
      code: "NPSKIT_E_INVALID_ARGUMENT",
      message: 'response "r-17" has an unreadable submittedAt "31/10/2026"',
    });
    expect(aggregator.count).toBe(0);
  });

  it.each([[11], [-1], [9.5]])("rejects the score %s", (score) => {
    const aggregator = new Aggregator();
    expect(thrown(() => aggregator.addAt(0, score))).toMatchObject({ code: "NPSKIT_E_INVALID_ARGUMENT" });
  });

  it("checks its options", () => {
    expect(thrown(() => new Aggregator({ timeZone: "Europe/Moskow" }))).toMatchObject({
      code: "NPSKIT_E_TIME_ZONE",
    });
    expect(thrown(() => new Aggregator({ grain: "day" as "month" }))).toMatchObject({
      code: "NPSKIT_E_PERIOD",
    });
    expect(thrown(() => new Aggregator({ breakdowns: ["region" as unknown as string[]] }))).toMatchObject({
      code: "NPSKIT_E_INVALID_ARGUMENT",
    });
  });
});

describe("removeAt", () => {
  const breakdowns = [["region"], ["region", "plan"]];
  const counted = fc.record({
    millis: fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 0, 1) }),
    score: fc.option(fc.integer({ min: 0, max: 10 }), { freq: 4 }),
    segments: fc.record(
      { region: fc.constantFrom("Europe", "APAC", "Сибирь"), plan: fc.constantFrom("free", "pro") },
      { requiredKeys: [] },
    ),
  });

  it("restores the previous result exactly after adding then removing responses, in any order", () => {
    fc.assert(
      fc.property(
        fc.array(counted, { maxLength: 20 }),
        fc
          .array(counted, { maxLength: 20 })
          .chain((extra) =>
            fc.tuple(fc.constant(extra), fc.shuffledSubarray(extra, { minLength: extra.length })),
          ),
        fc.constantFrom("UTC", "Europe/Moscow"),
        (base, [extra, removalOrder], timeZone) => {
          const aggregator = new Aggregator({ timeZone, breakdowns });
          for (const r of base) aggregator.addAt(r.millis, r.score, r.segments);
          const before = aggregator.result();
          for (const r of extra) aggregator.addAt(r.millis, r.score, r.segments);
          for (const r of removalOrder) aggregator.removeAt(r.millis, r.score, r.segments);
          expect(aggregator.result()).toEqual(before);
          expect(aggregator.count).toBe(base.length);
        },
      ),
    );
  });

  it("drops cells and periods that removing leaves empty", () => {
    const aggregator = new Aggregator({ breakdowns: [["region"]] });
    aggregator.addAt(Date.UTC(2026, 9, 5), 9, { region: "APAC" });
    aggregator.addAt(Date.UTC(2026, 9, 6), null, { region: "Europe" });
    aggregator.addAt(Date.UTC(2026, 10, 6), 3, { region: "Europe" });
    aggregator.removeAt(Date.UTC(2026, 9, 6), null, { region: "Europe" });
    expect(aggregator.result().cells.map(row)).toEqual([
      "2026-10 (total) [9:1] unanswered 0",
      "2026-10 region=APAC [9:1] unanswered 0",
      "2026-11 (total) [3:1] unanswered 0",
      "2026-11 region=Europe [3:1] unanswered 0",
    ]);
    aggregator.removeAt(Date.UTC(2026, 10, 6), 3, { region: "Europe" });
    expect(aggregator.result().periods.map((p) => p.key)).toEqual(["2026-10"]);
    aggregator.removeAt(Date.UTC(2026, 9, 5), 9, { region: "APAC" });
    expect(aggregator.result()).toEqual(new Aggregator({ breakdowns: [["region"]] }).result());
    expect(aggregator.count).toBe(0);
  });

  it.each<[string, number, number | null, Record<string, string>]>([
    ["in a period never counted", Date.UTC(2026, 8, 5), 9, { region: "APAC" }],
    ["with another score", Date.UTC(2026, 9, 5), 8, { region: "APAC" }],
    ["unanswered, where only answers were counted", Date.UTC(2026, 9, 5), null, { region: "APAC" }],
    ["in a segment never counted", Date.UTC(2026, 9, 5), 9, { region: "Europe" }],
    ["without the segment it was counted in", Date.UTC(2026, 9, 5), 9, {}],
  ])("refuses to remove a response %s, changing nothing", (_case, millis, score, segments) => {
    const aggregator = new Aggregator({ breakdowns: [["region"], ["plan"]] });
    aggregator.addAt(Date.UTC(2026, 9, 5), 9, { region: "APAC", plan: "pro" });
    aggregator.addAt(Date.UTC(2026, 9, 7), 9, { region: "APAC" });
    const before = aggregator.result();
    expect(thrown(() => aggregator.removeAt(millis, score, segments))).toMatchObject({
      code: "NPSKIT_E_INVALID_ARGUMENT",
      message: "cannot remove a response that was not counted (same instant, score and segments)",
    });
    expect(aggregator.result()).toEqual(before);
    expect(aggregator.count).toBe(2);
  });

  it("refuses to remove the same response twice", () => {
    const aggregator = new Aggregator();
    aggregator.addAt(Date.UTC(2026, 9, 5), 9);
    aggregator.removeAt(Date.UTC(2026, 9, 5), 9);
    expect(thrown(() => aggregator.removeAt(Date.UTC(2026, 9, 5), 9))).toMatchObject({
      code: "NPSKIT_E_INVALID_ARGUMENT",
    });
    expect(aggregator.count).toBe(0);
  });
});

describe("normalizeBreakdowns", () => {
  it("puts the overall total first and drops repeats", () => {
    expect(normalizeBreakdowns([["region"], [], ["plan"], ["region"], ["region", "plan"]])).toEqual([
      [],
      ["region"],
      ["plan"],
      ["region", "plan"],
    ]);
    expect(normalizeBreakdowns([])).toEqual([[]]);
  });

  it("treats the same dimensions in another order as the same breakdown, keeping the first order", () => {
    expect(
      normalizeBreakdowns([
        ["plan", "region"],
        ["region", "plan"],
      ]),
    ).toEqual([[], ["plan", "region"]]);
  });

  it("returns frozen lists", () => {
    const result = normalizeBreakdowns([["region"]]);
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(result[1])).toBe(true);
  });

  it.each<[unknown[], string]>([
    [["region"], 'a breakdown must be a list of segment dimension names, such as ["region"] (got "region")'],
    [[[""]], 'a breakdown must be a list of segment dimension names, such as ["region"] (got [""])'],
    [[[1]], 'a breakdown must be a list of segment dimension names, such as ["region"] (got [1])'],
    [[["region", "region"]], 'a breakdown names a dimension twice: ["region","region"]'],
  ])("rejects the breakdowns %j", (breakdowns, message) => {
    expect(thrown(() => normalizeBreakdowns(breakdowns as Breakdown[]))).toMatchObject({
      code: "NPSKIT_E_INVALID_ARGUMENT",
      message,
    });
  });
});

describe("compareValues", () => {
  it.each([
    [["a"], ["b"], -1],
    [["b"], ["a"], 1],
    [["a"], ["a"], 0],
    [[null], ["a"], 1],
    [["a"], [null], -1],
    [[null], [null], 0],
    [["Z"], ["a"], -1],
    [["a", null], ["a", "z"], 1],
  ])("%j vs %j is %i", (a, b, sign) => {
    expect(Math.sign(compareValues(a, b))).toBe(sign);
  });
});
