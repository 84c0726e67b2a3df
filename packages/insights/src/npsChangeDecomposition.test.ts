import { describe, expect, it } from "vitest";
import {
  type NpsChangeDecomposition,
  npsChangeDecomposition,
  type SegmentPeriods,
} from "./npsChangeDecomposition.js";

/** A segment in both periods: [answered, nps] before and now, null when absent. */
function segment(
  value: string | null,
  previous: readonly [number, number] | null,
  current: readonly [number, number] | null,
): SegmentPeriods {
  return {
    value,
    previous: previous === null ? null : { answered: previous[0], nps: previous[1] },
    current: current === null ? null : { answered: current[0], nps: current[1] },
  };
}

/** [value, mix, score] of each segment. */
const parts = (result: NpsChangeDecomposition | null) =>
  result!.segments.map((part) => [part.value, part.mix, part.score] as const);

/** The identity the decomposition promises: the parts add up to the change, overall and per segment. */
function expectExact(result: NpsChangeDecomposition | null, previousNps: number, currentNps: number) {
  expect(result).not.toBeNull();
  expect(result!.previousNps).toBeCloseTo(previousNps, 9);
  expect(result!.currentNps).toBeCloseTo(currentNps, 9);
  expect(result!.total).toBeCloseTo(currentNps - previousNps, 9);
  expect(result!.mix + result!.score).toBeCloseTo(result!.total, 9);
  const sum = result!.segments.reduce((total, part) => total + part.mix + part.score, 0);
  expect(sum).toBeCloseTo(result!.total, 9);
  for (const part of result!.segments) expect(part.total).toBe(part.mix + part.score);
  const w0 = result!.segments.reduce((total, part) => total + part.previousWeight, 0);
  const w1 = result!.segments.reduce((total, part) => total + part.currentWeight, 0);
  expect(w0).toBeCloseTo(1, 12);
  expect(w1).toBeCloseTo(1, 12);
}

describe("npsChangeDecomposition", () => {
  it("splits a hand-computed change exactly: mix −10 + score −7.5 = −17.5 (JSDoc example)", () => {
    // Weights ½, ½ → ¼, ¾. N0 = ½·50 + ½·10 = 30; N1 = ¼·20 + ¾·10 = 12.5.
    // Mix: Europe (¼ − ½)(50 − 30) = −5, APAC (¾ − ½)(10 − 30) = −5 (uncentred: −¼·50 + ¼·10 = −10 as well).
    // Score: Europe ¼·(20 − 50) = −7.5, APAC ¾·0 = 0.
    const result = npsChangeDecomposition([
      segment("Europe", [100, 50], [100, 20]),
      segment("APAC", [100, 10], [300, 10]),
    ]);
    expectExact(result, 30, 12.5);
    expect(result!.mix).toBeCloseTo(-10, 12);
    expect(result!.score).toBeCloseTo(-7.5, 12);
    expect(parts(result)).toEqual([
      ["Europe", -5, -7.5],
      ["APAC", -5, 0],
    ]);
    expect(result!.segments[0]).toMatchObject({ previousWeight: 0.5, currentWeight: 0.25, total: -12.5 });
  });

  it.each<[string, SegmentPeriods[], number, number, number, number]>([
    // Pure mix: every segment keeps its NPS, the low one grows. N0 = (200·60 − 100·20)/300 = 33.3…,
    // N1 = (100·60 − 300·20)/400 = 0; score 0, mix −33.3….
    [
      "pure mix (a low-NPS segment grows)",
      [segment("A", [200, 60], [100, 60]), segment("B", [100, -20], [300, -20])],
      100 / 3,
      0,
      -100 / 3,
      0,
    ],
    // Pure score: weights stay ⅓, ⅔; A drops 30 points: score ⅓·(−30) = −10, mix 0.
    [
      "pure score (same weights, one NPS falls)",
      [segment("A", [100, 40], [50, 10]), segment("B", [200, 10], [100, 10])],
      20,
      10,
      0,
      -10,
    ],
  ])("%s", (_, segments, previousNps, currentNps, mix, score) => {
    const result = npsChangeDecomposition(segments);
    expectExact(result, previousNps, currentNps);
    expect(result!.mix).toBeCloseTo(mix, 12);
    expect(result!.score).toBeCloseTo(score, 12);
  });

  it("puts a pure mix shift on the low-NPS segment that grew, not on its positive NPS", () => {
    const result = npsChangeDecomposition([
      segment("A", [200, 60], [100, 60]),
      segment("B", [100, 10], [300, 10]),
    ]);
    // N0 = (200·60 + 100·10)/300 = 43.3…; B: (¾ − ⅓)(10 − 43.3…) = −13.8…, A: (¼ − ⅔)(60 − 43.3…) = −6.94….
    expectExact(result, 130 / 3, 22.5);
    const [a, b] = result!.segments;
    expect(b!.mix).toBeCloseTo((3 / 4 - 1 / 3) * (10 - 130 / 3), 12);
    expect(a!.mix).toBeCloseTo((1 / 4 - 2 / 3) * (60 - 130 / 3), 12);
    expect(b!.mix).toBeLessThan(a!.mix);
    expect(result!.score).toBe(0);
  });

  it("keeps a new segment's whole term, as mix: w1·(n1 − N0)", () => {
    // Before: A 100 at 50 (N0 50). Now: A 100 at 50, New 100 at −50 (N1 0). New: ½·(−50 − 50) = −50;
    // A: (½ − 1)(50 − 50) = 0 mix, 0 score.
    const result = npsChangeDecomposition([
      segment("A", [100, 50], [100, 50]),
      segment("New", null, [100, -50]),
    ]);
    expectExact(result, 50, 0);
    expect(parts(result)).toEqual([
      ["A", -0, 0],
      ["New", -50, 0],
    ]);
    expect(result!.segments[1]).toMatchObject({ previousWeight: 0, previousNps: null, currentNps: -50 });
  });

  it("keeps a vanished segment's whole term, as mix: −w0·(n0 − N0); 0 answered counts as absent", () => {
    // Before: A 100 at 20, Gone 100 at −40 (N0 −10). Now: A 100 at 20 (N1 20). Gone: −½·(−40 + 10) = +15;
    // A: (1 − ½)(20 + 10) = +15.
    const result = npsChangeDecomposition([
      segment("A", [100, 20], [100, 20]),
      { value: "Gone", previous: { answered: 100, nps: -40 }, current: { answered: 0, nps: null } },
    ]);
    expectExact(result, -10, 20);
    expect(parts(result)).toEqual([
      ["A", 15, 0],
      ["Gone", 15, 0],
    ]);
  });

  it("counts the (not set) group like any other, so the weights sum to 1", () => {
    const result = npsChangeDecomposition([
      segment("A", [30, 10], [40, 0]),
      segment(null, [10, 50], [60, 50]),
    ]);
    // N0 = (30·10 + 10·50)/40 = 20; N1 = (40·0 + 60·50)/100 = 30.
    expectExact(result, 20, 30);
    expect(result!.segments[1]).toMatchObject({ value: null, previousWeight: 0.25, currentWeight: 0.6 });
  });

  it("is null when a period has no answers at all", () => {
    expect(npsChangeDecomposition([segment("A", null, [10, 5])])).toBeNull();
    expect(npsChangeDecomposition([])).toBeNull();
  });

  it.each<[string, SegmentPeriods[], string]>([
    [
      "a fractional count",
      [segment("A", [1.5, 0], [1, 0])],
      'segment "A": answered must be an integer of at least 0 (got 1.5)',
    ],
    [
      "answers without an NPS",
      [{ value: null, previous: { answered: 3, nps: null }, current: null }],
      "segment null: answers without an NPS",
    ],
  ])("refuses %s", (_, segments, message) => {
    expect(() => npsChangeDecomposition(segments)).toThrow(message);
  });
});
