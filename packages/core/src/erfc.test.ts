import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { erfc } from "./erfc.js";

function relativeError(actual: number, expected: number): number {
  return Math.abs(actual - expected) / Math.abs(expected);
}

describe("erfc", () => {
  // Reference values: mpmath 1.3 `erfc` at 50 significant digits, rounded to the nearest double
  // (erfc(0.5), erfc(1), erfc(2) also agree with Abramowitz & Stegun table 7.1).
  it.each([
    [0, 1],
    [0.5, 0.4795001221869535],
    [1, 0.15729920705028513],
    [2, 0.004677734981047266],
    [-1, 1.842700792949715],
    [-3, 1.9999779095030015],
  ])("erfc(%d) = %d to 12 significant digits (series)", (x, expected) => {
    // 12, not 15: below x = 2.5 erfc is 1 − erf(x), which loses digits as erfc(x) gets small (the
    // module's own note: "keeps at least ~12 digits").
    expect(relativeError(erfc(x), expected)).toBeLessThan(1e-12);
  });

  it.each([
    [2.5, 0.0004069520174449589],
    [3, 2.209049699858544e-5],
    [5, 1.537459794428035e-12],
    [10, 2.088487583762545e-45],
    [26, 5.663192408856143e-296],
  ])("erfc(%d) = %d to 14 significant digits (continued fraction, far into the tail)", (x, expected) => {
    expect(relativeError(erfc(x), expected)).toBeLessThan(1e-14);
  });

  // JSDoc example: the two-sided 5 % tail beyond z = 1.96 is erfc(1.96/√2).
  it("gives 0.05 at 1.959963984540054/√2", () => {
    expect(erfc(1.959963984540054 / Math.SQRT2)).toBeCloseTo(0.05, 15);
  });

  it.each([
    [Number.POSITIVE_INFINITY, 0],
    [Number.NEGATIVE_INFINITY, 2],
    // beyond x ≈ 27, e^(−x²) underflows double precision
    [30, 0],
    [-30, 2],
  ])("erfc(%d) = %d", (x, expected) => {
    expect(erfc(x)).toBe(expected);
  });

  it("is NaN only for NaN", () => {
    expect(erfc(Number.NaN)).toBeNaN();
  });

  it("satisfies erfc(x) + erfc(−x) = 2", () => {
    fc.assert(
      fc.property(fc.double({ min: -30, max: 30, noNaN: true }), (x) => {
        expect(erfc(x) + erfc(-x)).toBeCloseTo(2, 14);
      }),
    );
  });

  it("stays in [0, 2] and never gives NaN for a number", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), (x) => {
        const value = erfc(x);
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(2);
      }),
    );
  });

  it("is non-increasing", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -10, max: 30, noNaN: true }),
        fc.double({ min: -10, max: 30, noNaN: true }),
        (x, y) => {
          const [low, high] = x <= y ? [x, y] : [y, x];
          expect(erfc(low)).toBeGreaterThanOrEqual(erfc(high));
        },
      ),
    );
  });

  it("is continuous where the method switches (x = 2.5)", () => {
    const below = erfc(2.5 - 1e-12);
    const above = erfc(2.5);
    expect(relativeError(below, above)).toBeLessThan(1e-10);
  });
});
