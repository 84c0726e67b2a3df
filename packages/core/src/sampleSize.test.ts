import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { NpsShares } from "./npsCounts.js";
import { sampleSizeForMargin, sampleSizePerGroup } from "./sampleSize.js";

const invalidArgument = expect.objectContaining({
  name: "InvalidArgumentError",
  code: "NPSKIT_E_INVALID_ARGUMENT",
});

/** R: qnorm(0.975), qnorm(0.95), qnorm(0.995), qnorm(0.8), qnorm(0.9). */
const Z = { 0.95: 1.959963984540054, 0.9: 1.6448536269514722, 0.99: 2.5758293035489004 } as const;
const Z_POWER = { 0.8: 0.8416212335729143, 0.9: 1.2815515655446004 } as const;

const worstCase: NpsShares = { promoters: 0.5, passives: 0, detractors: 0.5 };
const planning: NpsShares = { promoters: 0.45, passives: 0.3, detractors: 0.25 };

/** V = p + d − (p − d)², written out here rather than imported. */
function variance({ promoters: p, detractors: d }: NpsShares): number {
  return p + d - (p - d) ** 2;
}

describe("sampleSizeForMargin", () => {
  it.each<[string, Parameters<typeof sampleSizeForMargin>[0], number]>([
    // By hand: z² · V / 0.05² = 3.8414588 × 1 / 0.0025 = 1536.58; − 3 pseudo-counts → 1533.58 → 1534
    ["±5, 95 %, worst case, adjusted Wald (the default)", { margin: 5 }, 1534],
    // 1536.58 → 1537
    ["±5, 95 %, worst case, Wald", { margin: 5, method: "wald" }, 1537],
    // 1536.58 × V, V = 0.7 − 0.2² = 0.66 → 1014.15 → 1015 (JSDoc example)
    ["±5, 95 %, shares 45/30/25, Wald", { margin: 5, shares: planning, method: "wald" }, 1015],
    // 1014.15 − 3 → 1012
    ["±5, 95 %, shares 45/30/25, adjusted Wald", { margin: 5, shares: planning }, 1012],
    // 2.5758293² / 0.0025 = 2653.96 → 2654 − 3 = 2651
    ["±5, 99 %, worst case, adjusted Wald", { margin: 5, level: 0.99 }, 2651],
    // 3.8414588 / 0.01 = 384.15 → 385
    ["±10, 95 %, worst case, Wald", { margin: 10, method: "wald" }, 385],
  ])("%s → %i", (_label, options, expected) => {
    expect(sampleSizeForMargin(options)).toBe(expected);
  });

  it("matches n = ⌈z² · V / (margin/100)² − adjustment⌉ computed independently", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.constantFrom(0.9, 0.95, 0.99),
        fc.constantFrom<"wald" | "adjusted-wald">("wald", "adjusted-wald"),
        fc.constantFrom(worstCase, planning, { promoters: 0.6, passives: 0.25, detractors: 0.15 }),
        (margin, level, method, shares) => {
          const z = Z[level];
          const exact = (z * z * variance(shares)) / (margin / 100) ** 2 - (method === "wald" ? 0 : 3);
          expect(sampleSizeForMargin({ margin, level, method, shares })).toBe(Math.max(1, Math.ceil(exact)));
        },
      ),
    );
  });

  it("gives a Wald margin within the target at n, and above it at n − 1", () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 30, noNaN: true }), (margin) => {
        const n = sampleSizeForMargin({ margin, method: "wald" });
        const marginAt = (size: number) => Z[0.95] * Math.sqrt(1 / size) * 100;
        expect(marginAt(n)).toBeLessThanOrEqual(margin + 1e-9);
        if (n > 1) expect(marginAt(n - 1)).toBeGreaterThan(margin - 1e-9);
      }),
    );
  });

  it("needs more responses for a smaller margin or a higher level", () => {
    expect(sampleSizeForMargin({ margin: 3 })).toBeGreaterThan(sampleSizeForMargin({ margin: 5 }));
    expect(sampleSizeForMargin({ margin: 5, level: 0.99 })).toBeGreaterThan(
      sampleSizeForMargin({ margin: 5 }),
    );
  });

  it("never asks for fewer than 1 response", () => {
    // V = 0 (everyone a promoter): the formula gives 0 (or −3 with the adjustment).
    const allPromoters = { promoters: 1, passives: 0, detractors: 0 };
    expect(sampleSizeForMargin({ margin: 5, shares: allPromoters })).toBe(1);
    expect(sampleSizeForMargin({ margin: 100, method: "wald", level: 0.5 })).toBe(1);
  });

  it.each([0, -5, 101, Number.NaN, Number.POSITIVE_INFINITY])(
    "rejects margin %d with the error code",
    (margin) => {
      expect(() => sampleSizeForMargin({ margin })).toThrow(invalidArgument);
    },
  );

  it.each([95, 0, 1, Number.NaN])("rejects level %d with the error code", (level) => {
    expect(() => sampleSizeForMargin({ margin: 5, level })).toThrow(invalidArgument);
  });

  it("says the margin is in NPS points", () => {
    expect(() => sampleSizeForMargin({ margin: 0 })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: margin must be in NPS points, above 0 and at most 100 (got 0)]`,
    );
  });
});

describe("sampleSizePerGroup", () => {
  it.each<[string, Parameters<typeof sampleSizePerGroup>[0], number]>([
    // By hand: (1.959964 + 0.841621)² × (1 + 1) / 0.1² = 7.848880 × 200 = 1569.78 → 1570 (JSDoc example)
    ["10 points, 95 %, 80 % power, worst case", { difference: 10 }, 1570],
    // 7.848880 × 1.32 / 0.01 = 1036.05 → 1037
    [
      "10 points, 95 %, 80 % power, shares 45/30/25 twice",
      { difference: 10, shares: [planning, planning] },
      1037,
    ],
    // (1.959964 + 1.281552)² × 2 / 0.01 = 2101.58 → 2102
    ["10 points, 95 %, 90 % power, worst case", { difference: 10, power: 0.9 }, 2102],
    // 7.848880 × 2 / 0.04 = 392.44 → 393
    ["20 points, 95 %, 80 % power, worst case", { difference: 20 }, 393],
  ])("%s → %i", (_label, options, expected) => {
    expect(sampleSizePerGroup(options)).toBe(expected);
  });

  it("matches n = ⌈(z₁₋α/₂ + z_power)² · (V_a + V_b) / (difference/100)²⌉ computed independently", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.constantFrom(0.9, 0.95, 0.99),
        fc.constantFrom(0.8, 0.9),
        fc.constantFrom(worstCase, planning),
        fc.constantFrom(worstCase, planning, { promoters: 0.3, passives: 0.3, detractors: 0.4 }),
        (difference, level, power, a, b) => {
          const z = Z[level] + Z_POWER[power];
          const exact = (z * z * (variance(a) + variance(b))) / (difference / 100) ** 2;
          expect(sampleSizePerGroup({ difference, level, power, shares: [a, b] })).toBe(
            Math.max(1, Math.ceil(exact)),
          );
        },
      ),
    );
  });

  it("needs more responses for a smaller difference or more power", () => {
    expect(sampleSizePerGroup({ difference: 5 })).toBeGreaterThan(sampleSizePerGroup({ difference: 10 }));
    expect(sampleSizePerGroup({ difference: 10, power: 0.95 })).toBeGreaterThan(
      sampleSizePerGroup({ difference: 10 }),
    );
  });

  it.each([0, -10, 201, Number.NaN])("rejects difference %d with the error code", (difference) => {
    expect(() => sampleSizePerGroup({ difference })).toThrow(invalidArgument);
  });

  it.each([0, 1, 80, -0.2, Number.NaN])("rejects power %d with the error code", (power) => {
    expect(() => sampleSizePerGroup({ difference: 10, power })).toThrow(invalidArgument);
  });

  it.each([95, 0, 1])("rejects level %d with the error code", (level) => {
    expect(() => sampleSizePerGroup({ difference: 10, level })).toThrow(invalidArgument);
  });

  it("says power is a fraction", () => {
    expect(() => sampleSizePerGroup({ difference: 10, power: 80 })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: power must be a fraction between 0 and 1, such as 0.8 (got 80)]`,
    );
  });
});
