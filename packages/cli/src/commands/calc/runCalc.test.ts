import type { IntervalMethod } from "@npskit/core";
import { describe, expect, it } from "vitest";
import { runCalc } from "./runCalc.js";

// The SurveyMonkey calculator example (see DESIGN.md): 80 promoters, 30 passives, 40 detractors.
const SURVEYMONKEY = { promoters: 80, passives: 30, detractors: 40 } as const;

describe("runCalc", () => {
  it("computes counts, shares, the exact and displayed NPS from category counts", () => {
    const result = runCalc({ counts: SURVEYMONKEY });
    expect(result).toMatchObject({
      n: 150,
      unanswered: 0,
      promoters: 80,
      passives: 30,
      detractors: 40,
      displayed: 27,
      rounding: { decimals: 0, mode: "exact" },
    });
    // (80 − 40) / 150 × 100 = 26.666…
    expect(result.nps).toBeCloseTo(26.6667, 4);
    expect(result.shares?.promoters).toBeCloseTo(80 / 150, 12);
    expect(result.shares?.passives).toBeCloseTo(30 / 150, 12);
    expect(result.shares?.detractors).toBeCloseTo(40 / 150, 12);
  });

  it("uses the adjusted Wald interval at 95 % by default, with the margin of error as half its width", () => {
    const { interval, marginOfError } = runCalc({ counts: SURVEYMONKEY });
    // By hand (Sauro & Lewis): p = 80.75/153, d = 40.75/153, NPS = 0.26144, V = p + d − (p − d)² = 0.72577,
    // SE = √(V/153) = 0.068874, ±1.95996 × SE → [12.64, 39.64].
    expect(interval?.method).toBe("adjusted-wald");
    expect(interval?.level).toBe(0.95);
    expect(interval?.low).toBeCloseTo(12.64, 2);
    expect(interval?.high).toBeCloseTo(39.64, 2);
    expect(marginOfError).toBeCloseTo(13.5, 2);
    expect(marginOfError).toBe(((interval?.high ?? 0) - (interval?.low ?? 0)) / 2);
  });

  it.each<[IntervalMethod, number, number]>([
    ["adjusted-wald", 12.64, 39.64],
    // Wald by hand: V = 0.8 − 0.2667² = 0.72889, SE = √(V/150) = 0.069708, 26.67 ± 13.66.
    ["wald", 13.0, 40.33],
    // Tango's score interval, as documented in @npskit/core's scoreInterval.
    ["score", 12.54, 39.64],
  ])("method %s gives [%d, %d] for 80/30/40", (method, low, high) => {
    const { interval } = runCalc({ counts: SURVEYMONKEY, method });
    expect(interval?.method).toBe(method);
    expect(interval?.low).toBeCloseTo(low, 2);
    expect(interval?.high).toBeCloseTo(high, 2);
  });

  it("narrows the interval at a lower confidence level", () => {
    const at95 = runCalc({ counts: SURVEYMONKEY });
    const at90 = runCalc({ counts: SURVEYMONKEY, level: 0.9 });
    expect(at90.interval?.level).toBe(0.9);
    expect(at90.marginOfError).toBeLessThan(at95.marginOfError ?? 0);
  });

  it("counts raw scores into categories and keeps unanswered out of the denominator", () => {
    const result = runCalc({ scores: [10, 9, 9, 8, 7, 6, 3, 10, null] });
    expect(result).toMatchObject({ n: 8, unanswered: 1, promoters: 4, passives: 2, detractors: 2 });
    // (4 − 2) / 8 = 25 points: the unanswered response is not in the denominator.
    expect(result.nps).toBe(25);
    expect(result.displayed).toBe(25);
  });

  it("keeps --unanswered beside counts out of the NPS", () => {
    const result = runCalc({ counts: SURVEYMONKEY, unanswered: 5 });
    expect(result.unanswered).toBe(5);
    expect(result.n).toBe(150);
    expect(result.nps).toBeCloseTo(26.6667, 4);
  });

  it.each([
    ["zero counts", { counts: { promoters: 0, passives: 0, detractors: 0 }, unanswered: 3 }, 3],
    ["only unanswered scores", { scores: [null, null] }, 2],
    ["no scores at all", { scores: [] }, 0],
  ])("has no NPS (null, never 0 or NaN) with %s", (_name, input, unanswered) => {
    const result = runCalc(input);
    expect(result).toEqual({
      n: 0,
      unanswered,
      promoters: 0,
      passives: 0,
      detractors: 0,
      shares: null,
      nps: null,
      displayed: null,
      rounding: { decimals: 0, mode: "exact" },
      interval: null,
      marginOfError: null,
    });
  });

  it.each([
    [0, "exact", 27],
    [2, "exact", 26.67],
    // SurveyMonkey's way: 53 % − 27 % = 26, while the exact value is 26.67.
    [0, "percentages-first", 26],
    [1, "percentages-first", 26.6],
  ] as const)("displays 80/30/40 with %d decimals, %s rounding, as %d", (decimals, rounding, displayed) => {
    const result = runCalc({ counts: SURVEYMONKEY, decimals, rounding });
    expect(result.displayed).toBe(displayed);
    expect(result.rounding).toEqual({ decimals, mode: rounding });
    // The exact value never depends on the display.
    expect(result.nps).toBeCloseTo(26.6667, 4);
  });

  it("is plain JSON data: what --json prints parses back to the same result", () => {
    const result = runCalc({ counts: SURVEYMONKEY });
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it.each([
    ["neither counts nor scores", {}],
    ["both counts and scores", { counts: SURVEYMONKEY, scores: [9, 10] }],
  ])("refuses %s with a usage error", (_name, input) => {
    expect(() => runCalc(input)).toThrow(
      expect.objectContaining({
        code: "NPSKIT_E_USAGE",
        message: "give either --promoters, --passives and --detractors, or --scores (not both)",
      }),
    );
  });

  it.each([
    ["a negative count", { counts: { promoters: -1, passives: 30, detractors: 40 } }],
    ["a fractional count", { counts: { promoters: 1.5, passives: 30, detractors: 40 } }],
    ["a score of 11", { scores: [9, 11] }],
    ["a confidence level of 1.2", { counts: SURVEYMONKEY, level: 1.2 }],
  ])("rejects %s with the core's invalid-argument error", (_name, input) => {
    expect(() => runCalc(input)).toThrow(expect.objectContaining({ code: "NPSKIT_E_INVALID_ARGUMENT" }));
  });
});
