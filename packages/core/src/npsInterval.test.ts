import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countsArbitrary } from "../test/arbitraries.js";
import { adjustedWaldInterval } from "./adjustedWaldInterval.js";
import { emptyHistogram } from "./histogram.js";
import type { IntervalMethod } from "./npsInterval.js";
import { INTERVAL_METHODS, marginOfError, npsInterval } from "./npsInterval.js";
import { scoreInterval } from "./scoreInterval.js";
import { waldInterval } from "./waldInterval.js";

const invalidArgument = expect.objectContaining({
  name: "InvalidArgumentError",
  code: "NPSKIT_E_INVALID_ARGUMENT",
});

const example = { promoters: 80, passives: 30, detractors: 40 };

const countsArb = countsArbitrary(20_000, { answered: true });

function width(input: Parameters<typeof npsInterval>[0], method: IntervalMethod, level = 0.95): number {
  const interval = npsInterval(input, { method, level })!;
  return interval.high - interval.low;
}

describe("npsInterval", () => {
  it("lists its methods, default first", () => {
    expect(INTERVAL_METHODS).toEqual(["adjusted-wald", "wald", "score"]);
  });

  it("defaults to adjusted Wald at 95 %", () => {
    expect(npsInterval(example)).toEqual(adjustedWaldInterval(example, 0.95));
    expect(npsInterval(example)).toMatchObject({ level: 0.95, method: "adjusted-wald" });
  });

  it.each([
    ["adjusted-wald", adjustedWaldInterval],
    ["wald", waldInterval],
    ["score", scoreInterval],
  ] as const)("dispatches %s with the level given", (method, direct) => {
    expect(npsInterval(example, { method, level: 0.9 })).toEqual(direct(example, 0.9));
  });

  it("rejects an unknown method with the error code and the list of known ones", () => {
    const method = "bootstrap" as IntervalMethod;
    expect(() => npsInterval(example, { method })).toThrow(invalidArgument);
    expect(() => npsInterval(example, { method })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: unknown interval method "bootstrap" (expected one of: adjusted-wald, wald, score)]`,
    );
  });

  it("rejects a level given in percent with the error code", () => {
    expect(() => npsInterval(example, { level: 95 })).toThrow(invalidArgument);
  });

  describe.each(INTERVAL_METHODS)("method %s", (method) => {
    it("is null when nothing was answered", () => {
      expect(npsInterval({ promoters: 0, passives: 0, detractors: 0 }, { method })).toBeNull();
      expect(npsInterval(emptyHistogram(), { method })).toBeNull();
    });

    it.each([
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
      [100, 0, 0],
      [0, 0, 100],
    ])("gives finite, ordered bounds in −100..100 for %i/%i/%i", (promoters, passives, detractors) => {
      const interval = npsInterval({ promoters, passives, detractors }, { method })!;
      expect(Number.isFinite(interval.low) && Number.isFinite(interval.high)).toBe(true);
      expect(interval.low).toBeGreaterThanOrEqual(-100);
      expect(interval.low).toBeLessThanOrEqual(interval.high);
      expect(interval.high).toBeLessThanOrEqual(100);
    });

    it("has finite, ordered bounds within −100..100 for any counts and level", () => {
      fc.assert(
        fc.property(countsArb, fc.double({ min: 0.5, max: 0.999, noNaN: true }), (counts, level) => {
          const interval = npsInterval(counts, { method, level })!;
          expect(Number.isFinite(interval.low) && Number.isFinite(interval.high)).toBe(true);
          expect(interval.low).toBeGreaterThanOrEqual(-100);
          expect(interval.low).toBeLessThanOrEqual(interval.high);
          expect(interval.high).toBeLessThanOrEqual(100);
          expect(interval).toMatchObject({ level, method });
        }),
      );
    });

    it("narrows as n grows: k times every count gives a narrower interval", () => {
      expect(width({ promoters: 160, passives: 60, detractors: 80 }, method)).toBeLessThan(
        width(example, method),
      );
      fc.assert(
        fc.property(countsArb, fc.integer({ min: 2, max: 20 }), (counts, k) => {
          const scaled = {
            promoters: k * counts.promoters,
            passives: k * counts.passives,
            detractors: k * counts.detractors,
          };
          const before = width(counts, method);
          // Only the Wald interval can have zero width (every answer in one category): it stays zero.
          if (before === 0) expect(width(scaled, method)).toBe(0);
          else expect(width(scaled, method)).toBeLessThan(before);
        }),
      );
    });

    it("widens with the level", () => {
      expect(width(example, method, 0.99)).toBeGreaterThan(width(example, method, 0.95));
      expect(width(example, method, 0.95)).toBeGreaterThan(width(example, method, 0.9));
      fc.assert(
        fc.property(
          countsArb,
          fc.double({ min: 0.5, max: 0.999, noNaN: true }),
          fc.double({ min: 0.5, max: 0.999, noNaN: true }),
          (counts, x, y) => {
            const [lower, higher] = x <= y ? [x, y] : [y, x];
            // Non-decreasing: clamping at ±100 (or zero Wald width) can make two levels give the same width.
            expect(width(counts, method, higher)).toBeGreaterThanOrEqual(width(counts, method, lower) - 1e-9);
          },
        ),
      );
    });
  });
});

describe("marginOfError", () => {
  it.each<[IntervalMethod, number]>([
    // half of the issue #2 widths: (40.33 − 13.00)/2, (39.64 − 12.64)/2, (39.64 − 12.54)/2
    ["wald", 13.66],
    ["adjusted-wald", 13.5],
    ["score", 13.55],
  ])("is half the interval width (%s: ±%d for 80/30/40), not the full width", (method, expected) => {
    const margin = marginOfError(example, { method })!;
    const interval = npsInterval(example, { method })!;
    expect(margin).toBeCloseTo(expected, 2);
    expect(margin).toBe((interval.high - interval.low) / 2);
  });

  it("defaults to adjusted Wald", () => {
    expect(marginOfError(example)).toBe(marginOfError(example, { method: "adjusted-wald" }));
  });

  it("is null when nothing was answered", () => {
    expect(marginOfError({ promoters: 0, passives: 0, detractors: 0 })).toBeNull();
  });
});
