import { describe, expect, it } from "vitest";
import { thrown } from "../test/thrown.js";
import type { Aggregation } from "./aggregation.js";
import { Aggregator } from "./aggregator.js";
import { compareNps } from "./compareNps.js";
import { histogramOf } from "./histogram.js";
import { npsInterval } from "./npsInterval.js";
import { trend } from "./trend.js";

// Scores by month (UTC); months not listed have no responses at all.
const MONTHS: Record<string, (number | null)[]> = {
  "2025-10": [10, 10, 9, 3],
  "2025-12": [10, 8, 7, 2, 1, null],
  "2026-01": [9, 9, 9, 9, 6],
  "2026-02": [null, null],
  "2026-04": [0, 0, 10],
  "2026-07": [10, 10, 10, 10, 10, 10, 9, 8, 5],
  "2026-08": [7, 8, 9],
  "2026-10": [10, 9, 9, 6, 6, null],
};

function build(options: { grain?: "month" | "quarter"; region?: boolean } = {}): Aggregation {
  const aggregator = new Aggregator({ grain: options.grain ?? "month", breakdowns: [["region"]] });
  for (const [month, scores] of Object.entries(MONTHS)) {
    scores.forEach((score, i) => {
      aggregator.addAt(Date.parse(`${month}-${String(i + 1).padStart(2, "0")}T12:00:00Z`), score, {
        region: i % 2 === 0 ? "Europe" : "APAC",
      });
    });
  }
  return aggregator.result();
}

const aggregation = build();

describe("trend", () => {
  it("gives 12 consecutive periods ending with the latest, empty ones kept with nps null", () => {
    const points = trend(aggregation);
    expect(points.map((p) => p.period.key)).toEqual([
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
    expect(points.map((p) => p.nps)).toEqual([
      null,
      ((1 - 2) * 100) / 5,
      ((4 - 1) * 100) / 5,
      null,
      null,
      ((1 - 2) * 100) / 3,
      null,
      null,
      ((7 - 1) * 100) / 9,
      ((1 - 0) * 100) / 3,
      null,
      ((3 - 2) * 100) / 5,
    ]);
    expect(points.map((p) => [p.answered, p.unanswered])).toEqual([
      [0, 0],
      [5, 1],
      [5, 0],
      [0, 2],
      [0, 0],
      [3, 0],
      [0, 0],
      [0, 0],
      [9, 0],
      [3, 0],
      [0, 0],
      [5, 1],
    ]);
  });

  it("gives each point its interval, and null where nothing was answered", () => {
    const points = trend(aggregation);
    const october = histogramOf(MONTHS["2026-10"]!);
    expect(points.at(-1)?.interval).toEqual(npsInterval(october));
    expect(points[0]?.interval).toBeNull();
    expect(points[3]?.interval).toBeNull();
  });

  it("compares each period with the one before: compareNps(previous, current)", () => {
    const points = trend(aggregation);
    expect(points[0]?.change).toBeNull();
    // July → August: both answered.
    expect(points[9]?.change).toEqual(
      compareNps(histogramOf(MONTHS["2026-07"]!), histogramOf(MONTHS["2026-08"]!)),
    );
    expect(points[9]?.change?.difference).toBeCloseTo(100 / 3 - 600 / 9, 12);
    expect(points[9]?.change?.a).toBe(points[8]?.nps);
    expect(points[9]?.change?.b).toBe(points[9]?.nps);
    // December → January.
    expect(points[2]?.change).toEqual(
      compareNps(histogramOf(MONTHS["2025-12"]!), histogramOf(MONTHS["2026-01"]!)),
    );
    // A change needs answers on both sides: none into or out of an empty month.
    expect(points[1]?.change).toBeNull();
    expect(points[3]?.change).toBeNull();
    expect(points[10]?.change).toBeNull();
    expect(points[11]?.change).toBeNull();
  });

  it("ends where asked, counting back over a year boundary", () => {
    const points = trend(aggregation, { end: "2026-01", periods: 4 });
    expect(points.map((p) => p.period.key)).toEqual(["2025-10", "2025-11", "2025-12", "2026-01"]);
    expect(points[0]?.nps).toBe(50);
    expect(points[0]?.change).toBeNull();
  });

  it("passes the method, the comparison method and the level on", () => {
    const [, point] = trend(aggregation, {
      end: "2026-08",
      periods: 2,
      method: "wald",
      comparison: "wald",
      level: 0.9,
    });
    expect(point?.interval).toEqual(
      npsInterval(histogramOf(MONTHS["2026-08"]!), { method: "wald", level: 0.9 }),
    );
    expect(point?.change).toEqual(
      compareNps(histogramOf(MONTHS["2026-07"]!), histogramOf(MONTHS["2026-08"]!), {
        method: "wald",
        level: 0.9,
      }),
    );
    expect(point?.change?.interval).toMatchObject({ method: "wald", level: 0.9 });
  });

  it("follows one segment", () => {
    const points = trend(aggregation, { segment: { region: "Europe" }, end: "2026-10", periods: 1 });
    // Europe holds the 1st, 3rd and 5th October responses: 10, 9, 6.
    expect(points[0]?.nps).toBeCloseTo(((2 - 1) * 100) / 3, 12);
  });

  it("works with other grains", () => {
    const quarters = trend(build({ grain: "quarter" }), { periods: 5 });
    expect(quarters.map((p) => p.period.key)).toEqual([
      "2025-Q4",
      "2026-Q1",
      "2026-Q2",
      "2026-Q3",
      "2026-Q4",
    ]);
    expect(quarters.map((p) => p.answered)).toEqual([9, 5, 3, 12, 5]);
  });

  it("gives nothing for an aggregation without periods", () => {
    expect(trend(new Aggregator().result())).toEqual([]);
  });

  it("rejects an end of another grain, or an unreadable one", () => {
    expect(thrown(() => trend(aggregation, { end: "2026-Q3" }))).toMatchObject({
      code: "NPSKIT_E_INVALID_ARGUMENT",
      message: "trend end 2026-Q3 is a quarter, but the data are by month",
    });
    expect(thrown(() => trend(aggregation, { end: "October" }))).toMatchObject({ code: "NPSKIT_E_PERIOD" });
    expect(thrown(() => trend(aggregation, { periods: 0 }))).toMatchObject({
      code: "NPSKIT_E_INVALID_ARGUMENT",
    });
  });

  it("rejects a segment the aggregation was not broken down by", () => {
    expect(thrown(() => trend(aggregation, { segment: { plan: "pro" } }))).toMatchObject({
      code: "NPSKIT_E_INVALID_ARGUMENT",
    });
  });
});
