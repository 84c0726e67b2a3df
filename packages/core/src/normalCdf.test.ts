import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalCdf, twoSidedPValue } from "./normalCdf.js";

function relativeError(actual: number, expected: number): number {
  return Math.abs(actual - expected) / Math.abs(expected);
}

describe("normalCdf", () => {
  // Reference values: mpmath 1.3 `ncdf` at 50 significant digits, rounded to the nearest double (R: pnorm(z)).
  it.each([
    [0, 0.5],
    [1, 0.8413447460685429],
    [-1.96, 0.024997895148220435],
    [1.959963984540054, 0.975],
    [3, 0.9986501019683699],
    // lower tail keeps full relative precision
    [-8, 6.220960574271784e-16],
    [-30, 4.906713927148187e-198],
    [-37.5, 4.605353009581955e-308],
  ])("Φ(%d) = %d", (z, expected) => {
    // 1e-12: in the far tail, rounding z/√2 alone moves e^(−z²/2) by ~z² · 2⁻⁵³ relatively.
    expect(relativeError(normalCdf(z), expected)).toBeLessThan(1e-12);
  });

  it.each([
    [Number.NEGATIVE_INFINITY, 0],
    [Number.POSITIVE_INFINITY, 1],
  ])("Φ(%d) = %d", (z, expected) => {
    expect(normalCdf(z)).toBe(expected);
  });

  it("satisfies Φ(z) + Φ(−z) = 1", () => {
    fc.assert(
      fc.property(fc.double({ min: -40, max: 40, noNaN: true }), (z) => {
        expect(normalCdf(z) + normalCdf(-z)).toBeCloseTo(1, 14);
      }),
    );
  });

  it("is a probability and non-decreasing", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), fc.double({ noNaN: true }), (x, y) => {
        const [low, high] = x <= y ? [x, y] : [y, x];
        expect(normalCdf(low)).toBeGreaterThanOrEqual(0);
        expect(normalCdf(high)).toBeLessThanOrEqual(1);
        expect(normalCdf(low)).toBeLessThanOrEqual(normalCdf(high));
      }),
    );
  });
});

describe("twoSidedPValue", () => {
  it.each([
    // JSDoc examples; R: 2 * pnorm(-1.959963984540054) = 0.05
    [1.959963984540054, 0.05],
    [-1.959963984540054, 0.05],
    [0, 1],
    // mpmath: 2·ncdf(−2.4932907076610094) (the compareNps Wald example)
    [-2.4932907076610094, 0.01265651749800485],
    // R: 2 * pnorm(-3) = 0.002699796063260207
    [3, 0.002699796063260207],
  ])("p(%d) = %d", (z, expected) => {
    expect(twoSidedPValue(z)).toBeCloseTo(expected, 14);
  });

  it.each([
    [Number.POSITIVE_INFINITY, 0],
    [Number.NEGATIVE_INFINITY, 0],
  ])("p(%d) = %d", (z, expected) => {
    expect(twoSidedPValue(z)).toBe(expected);
  });

  it("is NaN only for NaN", () => {
    expect(twoSidedPValue(Number.NaN)).toBeNaN();
  });

  it("is in [0, 1], symmetric in z, and equals 2·Φ(−|z|)", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), (z) => {
        const p = twoSidedPValue(z);
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(1);
        expect(twoSidedPValue(-z)).toBe(p);
        expect(p).toBeCloseTo(2 * normalCdf(-Math.abs(z)), 14);
      }),
    );
  });
});
