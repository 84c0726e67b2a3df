import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countsArbitrary } from "../test/arbitraries.js";
import { emptyHistogram, histogramOf } from "./histogram.js";
import { nps } from "./nps.js";

const invalidArgument = expect.objectContaining({
  name: "InvalidArgumentError",
  code: "NPSKIT_E_INVALID_ARGUMENT",
});

const countsArb = countsArbitrary(100_000);

describe("nps", () => {
  // Expected values computed by hand: NPS = (P − D) × 100 / n.
  it.each([
    // issue #2 vector / SurveyMonkey calculator example: (80 − 40) × 100 / 150 = 80/3
    [80, 30, 40, 80 / 3],
    // issue #2 vector: (600 − 150) × 100 / 1000
    [600, 250, 150, 45],
    // all promoters, all detractors, all passives
    [10, 0, 0, 100],
    [0, 0, 7, -100],
    [0, 5, 0, 0],
    // a single response of each kind
    [1, 0, 0, 100],
    [0, 1, 0, 0],
    [0, 0, 1, -100],
    // an exact half stays an exact half in floating point: 29 × 100 / 200 = 14.5
    [29, 171, 0, 14.5],
    [20, 107, 73, -26.5],
    // 1 × 100 / 3
    [1, 2, 0, 100 / 3],
  ])("%i promoters, %i passives, %i detractors → %d", (promoters, passives, detractors, expected) => {
    expect(nps({ promoters, passives, detractors })).toBe(expected);
  });

  it.each([
    ["zero counts", { promoters: 0, passives: 0, detractors: 0 }],
    ["an empty histogram", emptyHistogram()],
    ["a histogram of unanswered responses only", histogramOf([null, null, null])],
  ])("is null (not 0, not NaN) for %s", (_label, input) => {
    expect(nps(input)).toBeNull();
  });

  it("leaves unanswered responses out of the denominator", () => {
    // 2 promoters, 1 detractor, 5 unanswered: (2 − 1) × 100 / 3, not / 8
    expect(nps(histogramOf([10, 9, 0, null, null, null, null, null]))).toBe(100 / 3);
  });

  it("gives the same value for a histogram and its category counts", () => {
    const scores = [10, 10, 9, 8, 7, 6, 0, 3, null];
    expect(nps(histogramOf(scores))).toBe(nps({ promoters: 3, passives: 2, detractors: 3 }));
  });

  it("is in −100..100 and never NaN whenever something was answered", () => {
    fc.assert(
      fc.property(countsArb, (counts) => {
        fc.pre(counts.promoters + counts.passives + counts.detractors > 0);
        const value = nps(counts);
        expect(value).not.toBeNull();
        expect(Number.isNaN(value)).toBe(false);
        expect(value).toBeGreaterThanOrEqual(-100);
        expect(value).toBeLessThanOrEqual(100);
      }),
    );
  });

  it("changes sign when promoters and detractors swap", () => {
    fc.assert(
      fc.property(countsArb, ({ promoters, passives, detractors }) => {
        fc.pre(promoters + passives + detractors > 0);
        const forward = nps({ promoters, passives, detractors })!;
        const swapped = nps({ promoters: detractors, passives, detractors: promoters })!;
        expect(swapped + forward).toBe(0);
      }),
    );
  });

  it("does not depend on scale (k times every count gives the same NPS)", () => {
    fc.assert(
      fc.property(countsArb, fc.integer({ min: 2, max: 50 }), (counts, k) => {
        fc.pre(counts.promoters + counts.passives + counts.detractors > 0);
        const scaled = {
          promoters: k * counts.promoters,
          passives: k * counts.passives,
          detractors: k * counts.detractors,
        };
        expect(nps(scaled)).toBeCloseTo(nps(counts)!, 10);
      }),
    );
  });

  it("rejects negative counts with the error code", () => {
    expect(() => nps({ promoters: -1, passives: 0, detractors: 0 })).toThrow(invalidArgument);
    expect(() => nps({ promoters: -1, passives: 0, detractors: 0 })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: promoters must be a whole number of responses, 0 or more (got -1)]`,
    );
  });
});
