import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countsArbitrary } from "../test/arbitraries.js";
import type { ComparisonMethod, NpsComparison } from "./compareNps.js";
import { COMPARISON_METHODS, compareNps } from "./compareNps.js";
import { emptyHistogram, histogramOf } from "./histogram.js";
import { nps } from "./nps.js";
import type { NpsCounts } from "./npsCounts.js";

const invalidArgument = expect.objectContaining({
  name: "InvalidArgumentError",
  code: "NPSKIT_E_INVALID_ARGUMENT",
});

/** R: qnorm(0.975). */
const Z95 = 1.959963984540054;

const big = { promoters: 600, passives: 250, detractors: 150 };
const small = { promoters: 80, passives: 30, detractors: 40 };
const allPromoters = { promoters: 10, passives: 0, detractors: 0 };
const allDetractors = { promoters: 0, passives: 0, detractors: 7 };
const allPassives = { promoters: 0, passives: 4, detractors: 0 };
const nothing = { promoters: 0, passives: 0, detractors: 0 };

/**
 * Centre and standard error of the difference b − a on the −1..1 scale, written out independently:
 * each group's NPS and √(V/n) with V = p + d − (p − d)², after adding `extra` (0.75 / 1.5 / 0.75) to each group.
 */
function reference(a: NpsCounts, b: NpsCounts, extra: number): { center: number; se: number } {
  const part = ({ promoters, passives, detractors }: NpsCounts) => {
    const n = promoters + passives + detractors + 4 * extra;
    const p = (promoters + extra) / n;
    const d = (detractors + extra) / n;
    return { center: p - d, variance: (p + d - (p - d) ** 2) / n };
  };
  const [pa, pb] = [part(a), part(b)];
  return { center: pb.center - pa.center, se: Math.sqrt(pa.variance + pb.variance) };
}

function expectNoNaN(comparison: NpsComparison): void {
  const { interval, ...rest } = comparison;
  for (const value of [...Object.values(rest), interval.low, interval.high]) {
    expect(Number.isNaN(value)).toBe(false);
  }
}

const countsArb = countsArbitrary(5000);
const answeredArb = countsArb.filter((c) => c.promoters + c.passives + c.detractors > 0);
const methodArb = fc.constantFrom<ComparisonMethod>(...COMPARISON_METHODS);

describe("compareNps", () => {
  it("lists its methods, default first", () => {
    expect(COMPARISON_METHODS).toEqual(["adjusted-wald", "wald"]);
  });

  it("Wald: 600/250/150 → 80/30/40 (JSDoc example, computed by hand)", () => {
    // By hand: NPS 45 → 26.67, difference −18.33; V_a = 0.5475, V_b = 0.72889;
    // se = √(0.5475/1000 + 0.72889/150) = √0.0054068 = 0.073531 → 7.35; z = −0.18333/0.073531 = −2.49;
    // p = 2Φ(−2.4933) = 0.012657 (mpmath 2·ncdf(z)); interval −18.33 ± 1.96 × 7.353 = [−32.75, −3.92].
    const comparison = compareNps(big, small, { method: "wald" })!;
    expect(comparison.a).toBe(45);
    expect(comparison.b).toBeCloseTo(26.67, 2);
    expect(comparison.difference).toBeCloseTo(-18.33, 2);
    expect(comparison.se).toBeCloseTo(7.35, 2);
    expect(comparison.z).toBeCloseTo(-2.49, 2);
    expect(comparison.p).toBeCloseTo(0.0127, 4);
    expect(comparison.p).toBeCloseTo(0.01265651749800485, 12);
    expect(comparison.significant).toBe(true);
    expect(comparison.interval.low).toBeCloseTo(-32.75, 2);
    expect(comparison.interval.high).toBeCloseTo(-3.92, 2);
    expect(comparison.interval).toMatchObject({ level: 0.95, method: "wald" });

    const { center, se } = reference(big, small, 0);
    expect(comparison.se).toBeCloseTo(se * 100, 10);
    expect(comparison.z).toBeCloseTo(center / se, 10);
    expect(comparison.interval.low).toBeCloseTo((center - Z95 * se) * 100, 10);
  });

  it("adjusted Wald (the default): test on adjusted counts, difference still the raw b − a", () => {
    // By hand: adjusted 600.75/251.5/150.75 (n 1003) and 80.75/31.5/40.75 (n 153); centre
    // 40/153 − 450/1003 = −0.18722; se = √(0.54796/1003 + 0.72577/153) = 0.072732 → 7.27;
    // z = −2.57; p = 2Φ(−2.5741) = 0.010051 (mpmath); interval −18.72 ± 14.26 = [−32.98, −4.47].
    const comparison = compareNps(big, small)!;
    expect(comparison.difference).toBeCloseTo(-18.33, 2);
    expect(comparison.se).toBeCloseTo(7.27, 2);
    expect(comparison.z).toBeCloseTo(-2.57, 2);
    expect(comparison.p).toBeCloseTo(0.01005116098978699, 12);
    expect(comparison.significant).toBe(true);
    expect(comparison.interval.low).toBeCloseTo(-32.98, 2);
    expect(comparison.interval.high).toBeCloseTo(-4.47, 2);
    expect(comparison.interval.method).toBe("adjusted-wald");

    const { center, se } = reference(big, small, 0.75);
    expect(comparison.se).toBeCloseTo(se * 100, 10);
    expect(comparison.z).toBeCloseTo(center / se, 10);
    expect(comparison.interval.high).toBeCloseTo((center + Z95 * se) * 100, 10);
  });

  it("keeps the sign: the change from a to b, not its absolute value", () => {
    const down = compareNps(big, small, { method: "wald" })!;
    const up = compareNps(small, big, { method: "wald" })!;
    expect(down.difference).toBeLessThan(0);
    expect(down.z).toBeLessThan(0);
    expect(up.difference).toBeCloseTo(18.33, 2);
    expect(up.z).toBeCloseTo(2.49, 2);
    expect(up.interval.low).toBeCloseTo(3.92, 2);
  });

  it("is significant when p < 1 − level: yes at 95 %, no at 99 % (p = 0.0127)", () => {
    expect(compareNps(big, small, { method: "wald", level: 0.95 })!.significant).toBe(true);
    const strict = compareNps(big, small, { method: "wald", level: 0.99 })!;
    expect(strict.significant).toBe(false);
    expect(strict.interval.level).toBe(0.99);
    expect(strict.interval.low).toBeLessThan(0);
    expect(strict.interval.high).toBeGreaterThan(0);
  });

  it("finds no difference between equal groups: z 0, p 1", () => {
    const comparison = compareNps(small, small)!;
    expect(comparison).toMatchObject({ difference: 0, z: 0, p: 1, significant: false });
  });

  it("takes histograms and ignores unanswered responses", () => {
    const a = histogramOf([10, 10, 9, 0, null, null]);
    const b = histogramOf([10, 8, 3]);
    expect(compareNps(a, b)).toEqual(
      compareNps({ promoters: 3, passives: 0, detractors: 1 }, { promoters: 1, passives: 1, detractors: 1 }),
    );
  });

  it.each([
    ["a is empty", nothing, small],
    ["b is empty", small, nothing],
    ["both are empty", nothing, nothing],
    ["a has only unanswered responses", histogramOf([null, null]), small],
    ["b is an empty histogram", small, emptyHistogram()],
  ])("is null when %s", (_label, a, b) => {
    expect(compareNps(a, b)).toBeNull();
    expect(compareNps(a, b, { method: "wald" })).toBeNull();
  });

  describe("Wald with zero variance in both groups (every answer in one category)", () => {
    it("equal groups: se 0, z 0, p 1, not significant, interval [0, 0]", () => {
      const comparison = compareNps(
        allPromoters,
        { promoters: 3, passives: 0, detractors: 0 },
        { method: "wald" },
      )!;
      expect(comparison).toEqual({
        a: 100,
        b: 100,
        difference: 0,
        se: 0,
        z: 0,
        p: 1,
        significant: false,
        interval: { low: 0, high: 0, level: 0.95, method: "wald" },
      });
    });

    it.each([
      ["all promoters → all detractors", allPromoters, allDetractors, -200, Number.NEGATIVE_INFINITY],
      ["all detractors → all promoters", allDetractors, allPromoters, 200, Number.POSITIVE_INFINITY],
      ["all promoters → all passives", allPromoters, allPassives, -100, Number.NEGATIVE_INFINITY],
      ["all passives → all promoters", allPassives, allPromoters, 100, Number.POSITIVE_INFINITY],
    ])("%s: z = %d·∞, p 0, significant, no NaN", (_label, a, b, difference, z) => {
      const comparison = compareNps(a, b, { method: "wald" })!;
      expect(comparison).toMatchObject({ difference, se: 0, z, p: 0, significant: true });
      expect(comparison.interval).toMatchObject({ low: difference, high: difference });
      expectNoNaN(comparison);
    });
  });

  it("adjusted Wald never has zero variance: all promoters on both sides gives z 0, p 1 with se > 0", () => {
    const comparison = compareNps(allPromoters, allPromoters)!;
    expect(comparison.se).toBeGreaterThan(0);
    expect(comparison).toMatchObject({ z: 0, p: 1, significant: false });
    const opposite = compareNps(allPromoters, allDetractors)!;
    expect(Number.isFinite(opposite.z)).toBe(true);
    expect(opposite.interval.low).toBeGreaterThanOrEqual(-200);
  });

  it.each([
    [
      "a single promoter vs a single detractor",
      { promoters: 1, passives: 0, detractors: 0 },
      { promoters: 0, passives: 0, detractors: 1 },
    ],
    [
      "a single passive vs itself",
      { promoters: 0, passives: 1, detractors: 0 },
      { promoters: 0, passives: 1, detractors: 0 },
    ],
  ])("gives no NaN for %s, with either method", (_label, a, b) => {
    for (const method of COMPARISON_METHODS) expectNoNaN(compareNps(a, b, { method })!);
  });

  it("is null exactly when a group has no answers, and otherwise well-formed", () => {
    fc.assert(
      fc.property(countsArb, countsArb, methodArb, (a, b, method) => {
        const comparison = compareNps(a, b, { method });
        const empty = nps(a) === null || nps(b) === null;
        expect(comparison === null).toBe(empty);
        if (comparison === null) return;
        expectNoNaN(comparison);
        expect(comparison.p).toBeGreaterThanOrEqual(0);
        expect(comparison.p).toBeLessThanOrEqual(1);
        expect(comparison.se).toBeGreaterThanOrEqual(0);
        expect(comparison.difference).toBeCloseTo(nps(b)! - nps(a)!, 9);
        expect(comparison.interval.low).toBeGreaterThanOrEqual(-200);
        expect(comparison.interval.low).toBeLessThanOrEqual(comparison.interval.high);
        expect(comparison.interval.high).toBeLessThanOrEqual(200);
        expect(comparison.significant).toBe(comparison.p < 0.05);
      }),
    );
  });

  it("is antisymmetric: compare(b, a) negates the difference, z and interval, with the same se and p", () => {
    fc.assert(
      fc.property(answeredArb, answeredArb, methodArb, (a, b, method) => {
        const ab = compareNps(a, b, { method })!;
        const ba = compareNps(b, a, { method })!;
        // + 0 turns −0 into +0: a zero difference has no direction
        expect(ba.difference + 0).toBe(-ab.difference + 0);
        expect(ba.z + 0).toBe(-ab.z + 0);
        expect(ba.se).toBeCloseTo(ab.se, 12);
        expect(ba.p).toBeCloseTo(ab.p, 12);
        expect(ba.significant).toBe(ab.significant);
        expect(ba.interval.low).toBeCloseTo(-ab.interval.high, 9);
        expect(ba.interval.high).toBeCloseTo(-ab.interval.low, 9);
      }),
    );
  });

  it("is significant exactly when its interval excludes 0 (away from the boundary)", () => {
    fc.assert(
      fc.property(answeredArb, answeredArb, methodArb, (a, b, method) => {
        const comparison = compareNps(a, b, { method })!;
        fc.pre(Math.abs(Math.abs(comparison.z) - Z95) > 1e-6);
        const excludesZero = comparison.interval.low > 0 || comparison.interval.high < 0;
        expect(comparison.significant).toBe(excludesZero);
      }),
    );
  });

  it.each([95, 0, 1, Number.NaN])("rejects level %d with the error code", (level) => {
    expect(() => compareNps(small, big, { level })).toThrow(invalidArgument);
  });

  it("rejects an unknown method with the error code and the list of known ones", () => {
    const method = "score" as ComparisonMethod;
    expect(() => compareNps(small, big, { method })).toThrow(invalidArgument);
    expect(() => compareNps(small, big, { method })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: unknown comparison method "score" (expected one of: adjusted-wald, wald)]`,
    );
  });

  it("rejects negative counts in either group with the error code", () => {
    const negative = { promoters: -1, passives: 0, detractors: 0 };
    expect(() => compareNps(negative, small)).toThrow(invalidArgument);
    expect(() => compareNps(small, negative)).toThrow(invalidArgument);
  });
});
