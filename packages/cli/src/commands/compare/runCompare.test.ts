import { describe, expect, it } from "vitest";
import { runCompare } from "./runCompare.js";

const A = { promoters: 600, passives: 250, detractors: 150 } as const; // NPS 45, n 1000
const B = { promoters: 80, passives: 30, detractors: 40 } as const; // NPS 26.67, n 150

describe("runCompare", () => {
  it("compares 600/250/150 with 80/30/40 by the adjusted-Wald z-test", () => {
    const result = runCompare({ a: A, b: B });
    // The reported difference is the plain b − a; the test and interval use the adjusted counts
    // (+0.75 / +1.5 / +0.75 per group; Rocks 2016, Sauro & Lewis): SE = √(V_a/1003 + V_b/153).
    expect(result.a.nps - result.b.nps).toBeCloseTo(18.3333, 4);
    expect(result.difference).toBeCloseTo(-18.3333, 4);
    expect(result.se).toBeCloseTo(7.27, 2);
    expect(result.z).toBeCloseTo(-2.574, 3);
    expect(result.p).toBeCloseTo(0.0101, 4);
    expect(result.significant).toBe(true);
    expect(result.interval).toMatchObject({ level: 0.95, method: "adjusted-wald" });
    expect(result.interval.low).toBeCloseTo(-32.98, 2);
    expect(result.interval.high).toBeCloseTo(-4.47, 2);
  });

  it("summarises each group: counts, n, exact NPS and its own interval", () => {
    const { a, b } = runCompare({ a: A, b: B });
    expect(a).toMatchObject({ promoters: 600, passives: 250, detractors: 150, n: 1000, nps: 45 });
    expect(a.interval).toMatchObject({ level: 0.95, method: "adjusted-wald" });
    expect(a.interval.low).toBeCloseTo(40.28, 2);
    expect(a.interval.high).toBeCloseTo(49.45, 2);
    expect(b).toMatchObject({ promoters: 80, passives: 30, detractors: 40, n: 150 });
    expect(b.nps).toBeCloseTo(26.6667, 4);
    expect(b.interval.low).toBeCloseTo(12.64, 2);
    expect(b.interval.high).toBeCloseTo(39.64, 2);
  });

  it("uses the plain Wald test when asked (values from @npskit/core's compareNps documentation)", () => {
    const result = runCompare({ a: A, b: B, method: "wald" });
    // SE = √(0.5975/1000 + 0.72889/150) × 100 = 7.35.
    expect(result.se).toBeCloseTo(7.35, 2);
    expect(result.z).toBeCloseTo(-2.49, 2);
    expect(result.p).toBeCloseTo(0.0127, 4);
    expect(result.interval.low).toBeCloseTo(-32.75, 2);
    expect(result.interval.high).toBeCloseTo(-3.92, 2);
    expect(result.interval.method).toBe("wald");
    expect(result.a.interval.method).toBe("wald");
    expect(result.b.interval.method).toBe("wald");
  });

  it("keeps the sign: swapping the groups flips the difference and z, not p", () => {
    const forward = runCompare({ a: A, b: B });
    const backward = runCompare({ a: B, b: A });
    expect(backward.difference).toBeCloseTo(-forward.difference, 12);
    expect(backward.z).toBeCloseTo(-forward.z, 12);
    expect(backward.p).toBeCloseTo(forward.p, 12);
  });

  it("finds no significant difference between 60/20/20 and 55/25/20", () => {
    const result = runCompare({
      a: { promoters: 60, passives: 20, detractors: 20 },
      b: { promoters: 55, passives: 25, detractors: 20 },
    });
    expect(result.difference).toBeCloseTo(-5, 12);
    expect(result.p).toBeCloseTo(0.662, 3);
    expect(result.significant).toBe(false);
    expect(result.interval.low).toBeLessThan(0);
    expect(result.interval.high).toBeGreaterThan(0);
  });

  it("gives z = 0 and p = 1 for equal groups, with an interval symmetric around 0", () => {
    const result = runCompare({ a: A, b: A });
    expect(result.difference).toBe(0);
    expect(result.z).toBe(0);
    expect(result.p).toBe(1);
    expect(result.significant).toBe(false);
    expect(result.interval.low).toBeCloseTo(-result.interval.high, 12);
  });

  it("widens the interval at a higher level, where the same data can stop being significant", () => {
    const at95 = runCompare({ a: A, b: B });
    const at99 = runCompare({ a: A, b: B, level: 0.99 });
    expect(at99.interval.level).toBe(0.99);
    expect(at99.interval.low).toBeLessThan(at95.interval.low);
    expect(at99.p).toBe(at95.p);
    // p = 0.0101 is above 1 − 0.99.
    expect(at99.significant).toBe(false);
  });

  it("is plain JSON data: what --json prints parses back to the same result", () => {
    const result = runCompare({ a: A, b: B });
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it.each([
    ["A", { promoters: 0, passives: 0, detractors: 0 }, B],
    ["B", A, { promoters: 0, passives: 0, detractors: 0 }],
  ])("refuses a group %s without answered responses", (_group, a, b) => {
    expect(() => runCompare({ a, b })).toThrow(
      expect.objectContaining({
        code: "NPSKIT_E_USAGE",
        message: "both groups need at least one answered response to be compared",
      }),
    );
  });

  it("rejects negative counts with the core's invalid-argument error", () => {
    expect(() => runCompare({ a: { promoters: -1, passives: 0, detractors: 0 }, b: B })).toThrow(
      expect.objectContaining({ code: "NPSKIT_E_INVALID_ARGUMENT" }),
    );
  });
});
