import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { NpsShares } from "./npsCounts.js";
import { sharesOf } from "./npsCounts.js";
import { npsVariance } from "./npsVariance.js";

function shares(promoters: number, passives: number, detractors: number): NpsShares {
  const n = promoters + passives + detractors;
  return { promoters: promoters / n, passives: passives / n, detractors: detractors / n };
}

describe("npsVariance", () => {
  // Computed by hand: V = p + d − (p − d)².
  it.each<[string, NpsShares, number]>([
    // worst case, half promoters and half detractors: 1 − 0 (JSDoc example)
    ["50/0/50", shares(50, 0, 50), 1],
    // 0.8 − (4/15)² = 164/225 = 0.72888… (JSDoc example; issue #2 vector 80/30/40)
    ["80/30/40", shares(80, 30, 40), 164 / 225],
    // 0.75 − 0.45² = 0.5475 (issue #2 vector 600/250/150)
    ["600/250/150", shares(600, 250, 150), 0.5475],
    // 0.7 − 0.2² = 0.66 (Sauro & Lewis style planning shares 45/30/25)
    ["45/30/25", { promoters: 0.45, passives: 0.3, detractors: 0.25 }, 0.66],
    // no spread at all: every response has the same value
    ["all promoters", shares(1, 0, 0), 0],
    ["all passives", shares(0, 1, 0), 0],
    ["all detractors", shares(0, 0, 1), 0],
    // 0.5 − 0.25
    ["half promoters, half passives", shares(1, 1, 0), 0.25],
  ])("V(%s) = %d", (_label, input, expected) => {
    expect(npsVariance(input)).toBeCloseTo(expected, 14);
  });

  it("equals the population variance of the responses coded +1 / 0 / −1", () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.nat(1000), fc.nat(1000), (promoters, passives, detractors) => {
        const n = promoters + passives + detractors;
        fc.pre(n > 0);
        const mean = (promoters - detractors) / n;
        const meanOfSquares = (promoters + detractors) / n;
        const expected = meanOfSquares - mean * mean;
        expect(npsVariance(sharesOf({ promoters, passives, detractors })!)).toBeCloseTo(expected, 12);
      }),
    );
  });

  it("is in [0, 1] for any shares, never negative from rounding", () => {
    fc.assert(
      fc.property(
        fc.nat(1_000_000),
        fc.nat(1_000_000),
        fc.nat(1_000_000),
        (promoters, passives, detractors) => {
          fc.pre(promoters + passives + detractors > 0);
          const value = npsVariance(shares(promoters, passives, detractors));
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(1);
        },
      ),
    );
  });

  it("is the same when promoters and detractors swap", () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.nat(1000), fc.nat(1000), (promoters, passives, detractors) => {
        fc.pre(promoters + passives + detractors > 0);
        expect(npsVariance(shares(detractors, passives, promoters))).toBeCloseTo(
          npsVariance(shares(promoters, passives, detractors)),
          14,
        );
      }),
    );
  });
});
