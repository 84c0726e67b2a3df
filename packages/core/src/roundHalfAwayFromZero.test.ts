import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { roundHalfAwayFromZero, roundRatio } from "./roundHalfAwayFromZero.js";

const invalidArgument = expect.objectContaining({
  name: "InvalidArgumentError",
  code: "NPSKIT_E_INVALID_ARGUMENT",
});

describe("roundHalfAwayFromZero", () => {
  it.each([
    // DESIGN.md: half away from zero
    [26.5, 0, 27],
    [-26.5, 0, -27],
    [0.5, 0, 1],
    [-0.5, 0, -1],
    // not banker's rounding (which gives 2)
    [2.5, 0, 3],
    [-2.5, 0, -3],
    [1.4999, 0, 1],
    [-1.4999, 0, -1],
    [26.666, 1, 26.7],
    // 1.005 is stored as 1.00499999999999989…; rounded as printed it is a half (JSDoc example)
    [1.005, 2, 1.01],
    [-1.005, 2, -1.01],
    [26.666666666666668, 2, 26.67],
    [0, 0, 0],
    [42, 3, 42],
    // exponent forms: tiny and huge values
    [1e-7, 2, 0],
    [1e21, 0, 1e21],
  ])("round(%d, %i) = %d", (value, decimals, expected) => {
    expect(roundHalfAwayFromZero(value, decimals)).toBe(expected);
  });

  it.each([-0.4, -0.0001, -0])("gives +0, never −0, for %d", (value) => {
    expect(Object.is(roundHalfAwayFromZero(value), 0)).toBe(true);
  });

  it("is odd: round(−x) = −round(x)", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 4 }), (x, d) => {
        // + 0 turns −0 into +0 so that 0 and −0 compare equal
        expect(roundHalfAwayFromZero(-x, d) + 0).toBe(-roundHalfAwayFromZero(x, d) + 0);
      }),
    );
  });

  it("moves a value by at most half a unit of the last place", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 4 }), (x, d) => {
        expect(Math.abs(roundHalfAwayFromZero(x, d) - x)).toBeLessThanOrEqual(0.5 * 10 ** -d + 1e-9);
      }),
    );
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])(
    "rejects %d with the error code",
    (value) => {
      expect(() => roundHalfAwayFromZero(value)).toThrow(invalidArgument);
    },
  );

  it.each([-1, 0.5, 11])("rejects %d decimals with the error code", (decimals) => {
    expect(() => roundHalfAwayFromZero(1, decimals)).toThrow(invalidArgument);
  });

  it("says why a value cannot be rounded", () => {
    expect(() => roundHalfAwayFromZero(Number.NaN)).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: cannot round NaN: not a finite number]`,
    );
  });
});

describe("roundRatio", () => {
  it.each([
    // JSDoc examples: 8000/150 = 53.33…, −4000/150 = −26.66…
    [8000, 150, 0, 53],
    [-4000, 150, 1, -26.7],
    // exact halves, away from zero
    [1, 2, 0, 1],
    [-1, 2, 0, -1],
    [-5300, 200, 0, -27],
    [2, 3, 2, 0.67],
    [0, 7, 3, 0],
    // beyond the precision of a double division: (2^53 − 1) / 2 = 4503599627370495.5 → …496
    [Number.MAX_SAFE_INTEGER, 2, 0, 4503599627370496],
  ])("%i / %i with %i decimals → %d", (numerator, denominator, decimals, expected) => {
    expect(roundRatio(numerator, denominator, decimals)).toBe(expected);
  });

  it("never gives −0", () => {
    expect(Object.is(roundRatio(-1, 1000, 0), 0)).toBe(true);
  });

  it("agrees with roundHalfAwayFromZero on the quotient when that is exact enough", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000, max: 10_000 }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 0, max: 3 }),
        (numerator, denominator, decimals) => {
          expect(roundRatio(numerator, denominator, decimals) + 0).toBe(
            roundHalfAwayFromZero(numerator / denominator, decimals) + 0,
          );
        },
      ),
    );
  });

  it.each([
    [1.5, 2],
    [1, 0],
    [1, -3],
    [1, 0.5],
    [2 ** 53, 3],
  ])("rejects %d / %d with the error code", (numerator, denominator) => {
    expect(() => roundRatio(numerator, denominator)).toThrow(invalidArgument);
  });

  it("says what it needs", () => {
    expect(() => roundRatio(1, 0)).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: roundRatio needs whole numbers and a positive denominator (got 1/0)]`,
    );
  });
});
