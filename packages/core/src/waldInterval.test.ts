import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countsArbitrary } from "../test/arbitraries.js";
import { emptyHistogram, histogramOf } from "./histogram.js";
import { nps } from "./nps.js";
import type { NpsCounts } from "./npsCounts.js";
import { waldInterval } from "./waldInterval.js";

const invalidArgument = expect.objectContaining({
  name: "InvalidArgumentError",
  code: "NPSKIT_E_INVALID_ARGUMENT",
});

/** R: qnorm(1 - (1 - level) / 2), for level = 0.9, 0.95, 0.99. */
const Z = { 0.9: 1.6448536269514722, 0.95: 1.959963984540054, 0.99: 2.5758293035489004 } as const;

/** The Wald interval written out independently: NPS ± z·√(V/n), V = p + d − (p − d)², in points. */
function reference({ promoters, passives, detractors }: NpsCounts, z: number): [number, number] {
  const n = promoters + passives + detractors;
  const p = promoters / n;
  const d = detractors / n;
  const halfWidth = z * Math.sqrt((p + d - (p - d) ** 2) / n);
  return [Math.max(-100, (p - d - halfWidth) * 100), Math.min(100, (p - d + halfWidth) * 100)];
}

const countsArb = countsArbitrary(20_000, { answered: true });

describe("waldInterval", () => {
  it.each([
    // issue #2 vector. By hand: NPS 0.26667, V = 0.8 − 0.26667² = 0.72889, SE = √(0.72889/150) = 0.069708,
    // 1.96 × SE = 0.13663 → [13.00, 40.33]
    [80, 30, 40, 13.0, 40.33],
    // issue #2 vector. By hand: NPS 0.45, V = 0.75 − 0.45² = 0.5475, SE = √(0.5475/1000) = 0.023399,
    // 1.96 × SE = 0.045861 → [40.41, 49.59]
    [600, 250, 150, 40.41, 49.59],
  ])("%i/%i/%i at 95 %% → [%d, %d] (2 decimals)", (promoters, passives, detractors, low, high) => {
    const interval = waldInterval({ promoters, passives, detractors })!;
    expect(interval.low).toBeCloseTo(low, 2);
    expect(interval.high).toBeCloseTo(high, 2);
    expect(interval.level).toBe(0.95);
    expect(interval.method).toBe("wald");
  });

  it.each([0.9, 0.95, 0.99] as const)(
    "matches the formula written out independently at level %d",
    (level) => {
      for (const counts of [
        { promoters: 80, passives: 30, detractors: 40 },
        { promoters: 600, passives: 250, detractors: 150 },
        { promoters: 3, passives: 1, detractors: 2 },
      ]) {
        const interval = waldInterval(counts, level)!;
        const [low, high] = reference(counts, Z[level]);
        expect(interval.low).toBeCloseTo(low, 10);
        expect(interval.high).toBeCloseTo(high, 10);
        expect(interval.level).toBe(level);
      }
    },
  );

  it("takes a histogram as well as counts, and ignores unanswered responses", () => {
    const histogram = histogramOf([10, 9, 9, 8, 0, 3, null, null]);
    expect(waldInterval(histogram)).toEqual(waldInterval({ promoters: 3, passives: 1, detractors: 2 }));
  });

  it.each([
    ["zero counts", { promoters: 0, passives: 0, detractors: 0 }],
    ["an empty histogram", emptyHistogram()],
    ["a histogram of unanswered responses only", histogramOf([null, null])],
  ])("is null for %s", (_label, input) => {
    expect(waldInterval(input)).toBeNull();
  });

  // Degenerate by design (the reason adjusted Wald is the default): V = 0 gives zero width.
  it.each([
    ["all promoters", 25, 0, 0, 100, 100],
    ["all detractors", 0, 0, 25, -100, -100],
    ["all passives", 0, 25, 0, 0, 0],
    ["a single promoter", 1, 0, 0, 100, 100],
    ["a single passive", 0, 1, 0, 0, 0],
    ["a single detractor", 0, 0, 1, -100, -100],
  ])("%s → [%d, %d]", (_label, promoters, passives, detractors, low, high) => {
    expect(waldInterval({ promoters, passives, detractors })).toMatchObject({ low, high });
  });

  it("clamps to −100..100: one promoter and one detractor", () => {
    // By hand: NPS 0, V = 1, SE = √(1/2) = 0.707, 1.96 × SE = 1.386 → [−138.6, 138.6], clamped.
    expect(waldInterval({ promoters: 1, passives: 0, detractors: 1 })).toMatchObject({
      low: -100,
      high: 100,
    });
  });

  it("contains the NPS estimate and is centred on it unless clamped", () => {
    fc.assert(
      fc.property(countsArb, (counts) => {
        const interval = waldInterval(counts)!;
        const estimate = nps(counts)!;
        expect(interval.low).toBeLessThanOrEqual(estimate + 1e-9);
        expect(interval.high).toBeGreaterThanOrEqual(estimate - 1e-9);
        if (interval.low > -100 && interval.high < 100) {
          expect((interval.low + interval.high) / 2).toBeCloseTo(estimate, 9);
        }
      }),
    );
  });

  it("mirrors when promoters and detractors swap", () => {
    fc.assert(
      fc.property(countsArb, ({ promoters, passives, detractors }) => {
        const forward = waldInterval({ promoters, passives, detractors })!;
        const mirrored = waldInterval({ promoters: detractors, passives, detractors: promoters })!;
        expect(mirrored.low).toBeCloseTo(-forward.high, 9);
        expect(mirrored.high).toBeCloseTo(-forward.low, 9);
      }),
    );
  });

  it.each([0, 1, 95, Number.NaN])("rejects level %d with the error code", (level) => {
    expect(() => waldInterval({ promoters: 1, passives: 1, detractors: 1 }, level)).toThrow(invalidArgument);
  });

  it("rejects negative counts with the error code", () => {
    expect(() => waldInterval({ promoters: 1, passives: -1, detractors: 1 })).toThrow(invalidArgument);
  });
});
