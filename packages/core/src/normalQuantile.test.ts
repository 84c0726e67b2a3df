import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalCdf } from "./normalCdf.js";
import { assertLevel, criticalValue, normalQuantile } from "./normalQuantile.js";

const invalidArgument = expect.objectContaining({
  name: "InvalidArgumentError",
  code: "NPSKIT_E_INVALID_ARGUMENT",
});

describe("normalQuantile", () => {
  // Reference values: mpmath 1.3 at 60 significant digits, a root of ncdf(x) = p for the exact double p,
  // rounded to the nearest double (the same as R: qnorm(p) to its printed precision).
  it.each([
    [0.5, 0],
    [0.975, 1.9599639845400538],
    [0.025, -1.9599639845400543],
    [0.95, 1.6448536269514722],
    [0.9, 1.2815515655446006],
    [0.8, 0.8416212335729144],
    [0.995, 2.5758293035489004],
    [0.999999, 4.753424308817088],
    [1e-10, -6.361340902404057],
    [1e-20, -9.262340089798407],
    [1e-300, -37.0470962993612],
  ])("qnorm(%d) = %d", (p, expected) => {
    expect(normalQuantile(p)).toBeCloseTo(expected, 12);
  });

  it("inverts normalCdf: normalQuantile(normalCdf(x)) ≈ x", () => {
    // Above x ≈ 5, Φ(x) is so close to 1 that a double cannot carry x back any more precisely.
    fc.assert(
      fc.property(fc.double({ min: -37, max: 5, noNaN: true }), (x) => {
        expect(normalQuantile(normalCdf(x))).toBeCloseTo(x, 9);
      }),
    );
  });

  it("is inverted by normalCdf: normalCdf(normalQuantile(p)) ≈ p, relatively", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-300, max: 0.999999, noNaN: true }), (p) => {
        expect(Math.abs(normalCdf(normalQuantile(p)) - p) / p).toBeLessThan(1e-12);
      }),
    );
  });

  it("is odd around ½: q(1 − p) = −q(p)", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 0.5, noNaN: true }), (p) => {
        expect(normalQuantile(1 - p)).toBeCloseTo(-normalQuantile(p), 8);
      }),
    );
  });

  it.each([0, 1, -0.1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])("rejects %d with the error code", (p) => {
    expect(() => normalQuantile(p)).toThrow(invalidArgument);
  });

  it("says what it needs", () => {
    expect(() => normalQuantile(1)).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: a probability strictly between 0 and 1 is needed (got 1)]`,
    );
  });
});

describe("criticalValue", () => {
  // mpmath as above, for p = 1 − (1 − level)/2; R: qnorm(1 - (1 - level) / 2)
  it.each([
    [0.95, 1.9599639845400538],
    [0.9, 1.6448536269514722],
    [0.99, 2.5758293035489004],
    [0.8, 1.2815515655446006],
    [0.5, 0.6744897501960817],
  ])("level %d → z = %d", (level, expected) => {
    expect(criticalValue(level)).toBeCloseTo(expected, 12);
  });

  it("grows with the level", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 0.999, noNaN: true }),
        fc.double({ min: 0.01, max: 0.999 }),
        (x, y) => {
          // Levels a few ulps apart can share a critical value.
          fc.pre(y - x > 1e-9);
          expect(criticalValue(x)).toBeLessThan(criticalValue(y));
        },
      ),
    );
  });

  it.each([95, 1, 0, -0.95, Number.NaN])("rejects level %d with the error code", (level) => {
    expect(() => criticalValue(level)).toThrow(invalidArgument);
  });

  it("tells a user who wrote 95 that a fraction is meant", () => {
    expect(() => criticalValue(95)).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: confidence level must be a fraction between 0 and 1, such as 0.95 (got 95)]`,
    );
  });
});

describe("assertLevel", () => {
  it.each([0.5, 0.95, 0.999])("accepts %d", (level) => {
    expect(() => assertLevel(level)).not.toThrow();
  });

  it.each<unknown>([0, 1, 95, "0.95", null])("rejects %s", (level) => {
    expect(() => assertLevel(level as number)).toThrow(invalidArgument);
  });
});
