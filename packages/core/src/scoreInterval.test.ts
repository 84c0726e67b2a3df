import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countsArbitrary } from "../test/arbitraries.js";
import { emptyHistogram, histogramOf } from "./histogram.js";
import { nps } from "./nps.js";
import type { NpsCounts } from "./npsCounts.js";
import { scoreInterval } from "./scoreInterval.js";

const invalidArgument = expect.objectContaining({
  name: "InvalidArgumentError",
  code: "NPSKIT_E_INVALID_ARGUMENT",
});

/** R: qnorm(0.975). */
const Z95 = 1.959963984540054;

/**
 * Tango's score statistic written out independently from NOTES.md "Statistics", for NPS = Δ on −1..1:
 * Z(Δ) = (P − D − nΔ) / √(n(2q̃ + Δ − Δ²)), q̃ = (√(b² + 8n·D·Δ(1 − Δ)) − b) / (4n), b = −D − P + (2n − P + D)Δ.
 */
function tangoZ({ promoters: P, passives, detractors: D }: NpsCounts, delta: number): number {
  const n = P + passives + D;
  const b = -D - P + (2 * n - P + D) * delta;
  const q = (Math.sqrt(b * b + 8 * n * D * delta * (1 - delta)) - b) / (4 * n);
  return (P - D - n * delta) / Math.sqrt(n * (2 * q + delta - delta * delta));
}

const countsArb = countsArbitrary(20_000, { answered: true });

describe("scoreInterval", () => {
  it.each([
    // issue #2 vectors; also reproduced by an mpmath bisection of the Tango statistic at 30 digits:
    // [12.53648399, 39.64164039] and [40.28283448, 49.45086408]
    [80, 30, 40, 12.54, 39.64],
    [600, 250, 150, 40.28, 49.45],
  ])("%i/%i/%i at 95 %% → [%d, %d] (2 decimals)", (promoters, passives, detractors, low, high) => {
    const interval = scoreInterval({ promoters, passives, detractors })!;
    expect(interval.low).toBeCloseTo(low, 2);
    expect(interval.high).toBeCloseTo(high, 2);
    expect(interval.level).toBe(0.95);
    expect(interval.method).toBe("score");
  });

  it("puts each bound where the score statistic equals ∓z", () => {
    for (const counts of [
      { promoters: 80, passives: 30, detractors: 40 },
      { promoters: 600, passives: 250, detractors: 150 },
      { promoters: 3, passives: 1, detractors: 2 },
    ]) {
      const interval = scoreInterval(counts)!;
      expect(tangoZ(counts, interval.low / 100)).toBeCloseTo(Z95, 6);
      expect(tangoZ(counts, interval.high / 100)).toBeCloseTo(-Z95, 6);
    }
  });

  it("uses the critical value of the level asked for (R: qnorm(0.995) = 2.5758293035489004)", () => {
    const counts = { promoters: 80, passives: 30, detractors: 40 };
    const interval = scoreInterval(counts, 0.99)!;
    expect(interval.level).toBe(0.99);
    expect(tangoZ(counts, interval.low / 100)).toBeCloseTo(2.5758293035489004, 6);
    expect(tangoZ(counts, interval.high / 100)).toBeCloseTo(-2.5758293035489004, 6);
  });

  it("takes a histogram as well as counts, and ignores unanswered responses", () => {
    const histogram = histogramOf([10, 9, 9, 8, 0, 3, null, null]);
    expect(scoreInterval(histogram)).toEqual(scoreInterval({ promoters: 3, passives: 1, detractors: 2 }));
  });

  it.each([
    ["zero counts", { promoters: 0, passives: 0, detractors: 0 }],
    ["an empty histogram", emptyHistogram()],
    ["a histogram of unanswered responses only", histogramOf([null])],
  ])("is null for %s", (_label, input) => {
    expect(scoreInterval(input)).toBeNull();
  });

  // At the extremes the bound on the data's side is exactly ±100 and the other is where Z = ∓z
  // (all promoters, n = 10: mpmath bisection gives 44.49344003).
  it.each([
    ["all promoters, n = 10", 10, 0, 0, 44.49, 100],
    ["all detractors, n = 10", 0, 0, 10, -100, -44.49],
    ["all passives, n = 10", 0, 10, 0, -27.75, 27.75],
    ["a single promoter", 1, 0, 0, -58.69, 100],
    ["a single passive", 0, 1, 0, -79.35, 79.35],
    ["a single detractor", 0, 0, 1, -100, 58.69],
    ["one promoter, one detractor", 1, 0, 1, -81.09, 81.09],
  ])("%s → [%d, %d] (2 decimals)", (_label, promoters, passives, detractors, low, high) => {
    const interval = scoreInterval({ promoters, passives, detractors })!;
    expect(interval.low).toBeCloseTo(low, 2);
    expect(interval.high).toBeCloseTo(high, 2);
  });

  it("contains the NPS estimate", () => {
    fc.assert(
      fc.property(countsArb, (counts) => {
        const interval = scoreInterval(counts)!;
        const estimate = nps(counts)!;
        expect(interval.low).toBeLessThanOrEqual(estimate + 1e-9);
        expect(interval.high).toBeGreaterThanOrEqual(estimate - 1e-9);
      }),
    );
  });

  it("is the set of Δ with |Z(Δ)| ≤ z: a bound inside ±100 solves Z = ∓z", () => {
    fc.assert(
      fc.property(countsArb, (counts) => {
        const interval = scoreInterval(counts)!;
        if (interval.low > -100) expect(tangoZ(counts, interval.low / 100)).toBeCloseTo(Z95, 4);
        if (interval.high < 100) expect(tangoZ(counts, interval.high / 100)).toBeCloseTo(-Z95, 4);
      }),
    );
  });

  it("mirrors when promoters and detractors swap", () => {
    fc.assert(
      fc.property(countsArb, ({ promoters, passives, detractors }) => {
        const forward = scoreInterval({ promoters, passives, detractors })!;
        const mirrored = scoreInterval({ promoters: detractors, passives, detractors: promoters })!;
        expect(mirrored.low).toBeCloseTo(-forward.high, 6);
        expect(mirrored.high).toBeCloseTo(-forward.low, 6);
      }),
    );
  });

  it.each([0, 1, 95, Number.NaN])("rejects level %d with the error code", (level) => {
    expect(() => scoreInterval({ promoters: 1, passives: 1, detractors: 1 }, level)).toThrow(invalidArgument);
  });

  it("rejects negative counts with the error code", () => {
    expect(() => scoreInterval({ promoters: 1, passives: 1, detractors: -1 })).toThrow(invalidArgument);
  });
});
