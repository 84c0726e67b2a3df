import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countsArbitrary } from "../test/arbitraries.js";
import type { RoundingMode } from "./displayNps.js";
import { displayNps } from "./displayNps.js";
import { emptyHistogram, histogramOf } from "./histogram.js";
import { nps } from "./nps.js";

const invalidArgument = expect.objectContaining({
  name: "InvalidArgumentError",
  code: "NPSKIT_E_INVALID_ARGUMENT",
});

const surveyMonkeyExample = { promoters: 80, passives: 30, detractors: 40 };

const countsArb = countsArbitrary(50_000, { answered: true });

describe("displayNps", () => {
  // SurveyMonkey calculator example (DESIGN.md): exact 26.67; rounded percentages 53 % − 27 % = 26.
  it.each<[number | undefined, RoundingMode | undefined, number]>([
    [undefined, undefined, 27],
    [2, undefined, 26.67],
    [1, "exact", 26.7],
    [undefined, "percentages-first", 26],
    // computed by hand: 53.3 − 26.7
    [1, "percentages-first", 26.6],
    // computed by hand: 53.33 − 26.67
    [2, "percentages-first", 26.66],
  ])("80/30/40 with decimals %s, mode %s → %d", (decimals, mode, expected) => {
    const options = {
      ...(decimals === undefined ? {} : { decimals }),
      ...(mode === undefined ? {} : { mode }),
    };
    expect(displayNps(surveyMonkeyExample, options)).toBe(expected);
  });

  // Exact halves (computed by hand: (P − D) × 100 / n) round away from zero, in both directions.
  it.each([
    [20, 107, 73, 0, -27], // −26.5
    [73, 107, 20, 0, 27], // 26.5
    [29, 171, 0, 0, 15], // 14.5
    [0, 171, 29, 0, -15], // −14.5
    [1, 1999, 0, 1, 0.1], // 0.05
    [0, 1999, 1, 1, -0.1], // −0.05
    [1, 0, 1, 0, 0], // 0
  ])("%i/%i/%i with %i decimals → %d", (promoters, passives, detractors, decimals, expected) => {
    expect(displayNps({ promoters, passives, detractors }, { decimals })).toBe(expected);
  });

  it("rounds exactly, not the floating-point value: 1/3 of a point shown with 10 decimals", () => {
    // (1 − 0) × 100 / 300 = 0.3333333333… → 0.3333333333
    expect(displayNps({ promoters: 1, passives: 299, detractors: 0 }, { decimals: 10 })).toBe(0.3333333333);
  });

  it.each<RoundingMode>(["exact", "percentages-first"])("never shows −0 (mode %s)", (mode) => {
    // −0.1 rounds to 0, which must be +0 so that it prints as "0", not "-0".
    const value = displayNps({ promoters: 0, passives: 999, detractors: 1 }, { mode });
    expect(Object.is(value, 0)).toBe(true);
  });

  it.each([
    ["zero counts", { promoters: 0, passives: 0, detractors: 0 }],
    ["an empty histogram", emptyHistogram()],
    ["a histogram of unanswered responses only", histogramOf([null])],
  ])("is null for %s, in both modes", (_label, input) => {
    expect(displayNps(input)).toBeNull();
    expect(displayNps(input, { mode: "percentages-first", decimals: 2 })).toBeNull();
  });

  it.each([
    [{ promoters: 5, passives: 0, detractors: 0 }, 100],
    [{ promoters: 0, passives: 0, detractors: 5 }, -100],
    [{ promoters: 0, passives: 1, detractors: 0 }, 0],
  ])("shows the extremes exactly: %o → %i", (counts, expected) => {
    expect(displayNps(counts)).toBe(expected);
    expect(displayNps(counts, { mode: "percentages-first" })).toBe(expected);
  });

  it("exact mode is within half a unit of the exact NPS, and in −100..100", () => {
    fc.assert(
      fc.property(countsArb, fc.integer({ min: 0, max: 3 }), (counts, decimals) => {
        const shown = displayNps(counts, { decimals })!;
        expect(Math.abs(shown - nps(counts)!)).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-9);
        expect(Math.abs(shown)).toBeLessThanOrEqual(100);
      }),
    );
  });

  it("percentages-first mode is within one unit of the exact NPS, and in −100..100", () => {
    fc.assert(
      fc.property(countsArb, fc.integer({ min: 0, max: 3 }), (counts, decimals) => {
        const shown = displayNps(counts, { decimals, mode: "percentages-first" })!;
        expect(Math.abs(shown - nps(counts)!)).toBeLessThanOrEqual(10 ** -decimals + 1e-9);
        expect(Math.abs(shown)).toBeLessThanOrEqual(100);
        // No binary noise: the value has at most `decimals` places.
        expect(Number(shown.toFixed(decimals))).toBe(shown);
      }),
    );
  });

  it.each([-1, 1.5, 11, Number.NaN])("rejects decimals %s with the error code", (decimals) => {
    expect(() => displayNps(surveyMonkeyExample, { decimals })).toThrow(invalidArgument);
  });

  it("rejects negative counts with the error code", () => {
    expect(() => displayNps({ promoters: 1, passives: -1, detractors: 0 })).toThrow(invalidArgument);
  });
});
