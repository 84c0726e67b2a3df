import { describe, expect, it } from "vitest";
import { weightedLogOdds } from "./weightedLogOdds.js";

const counts = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe("weightedLogOdds", () => {
  it("matches the hand computation of the JSDoc example (Monroe et al. 2008, eq. 22)", () => {
    // δ_a = ln(22/14) − ln(14/22) = 2 ln(11/7) = 0.9039702475; σ² = 1/22 + 1/14 = 9/77 = 0.1168831169;
    // z = 0.9039702475 / 0.3418817 = 2.6441022
    const [a, b] = weightedLogOdds(
      counts({ a: 10, b: 2 }),
      counts({ a: 2, b: 10 }),
      counts({ a: 12, b: 12 }),
    );
    expect(a?.term).toBe("a");
    expect(a?.delta).toBeCloseTo(2 * Math.log(11 / 7), 12);
    expect(a?.delta).toBeCloseTo(0.9039702475, 9);
    expect(a?.variance).toBeCloseTo(9 / 77, 12);
    expect(a?.z).toBeCloseTo(2.6441022, 6);
    expect(b?.z).toBeCloseTo(-2.6441022, 6);
  });

  it.each([
    ["equal counts", { a: 5, b: 5 }, { a: 5, b: 5 }, 0],
    ["a term only the second corpus has", { a: 0, b: 10 }, { a: 10, b: 0 }, -1],
  ])("%s", (_, first, second, sign) => {
    const prior = counts({ a: (first.a ?? 0) + (second.a ?? 0), b: (first.b ?? 0) + (second.b ?? 0) });
    const [a] = weightedLogOdds(counts(first), counts(second), prior);
    expect(Math.sign(Math.round((a?.z ?? 0) * 1e9))).toBe(sign);
  });

  it("a stronger prior shrinks the ratio toward zero", () => {
    const first = counts({ a: 10, b: 2 });
    const second = counts({ a: 2, b: 10 });
    const prior = counts({ a: 12, b: 12 });
    const weak = weightedLogOdds(first, second, prior, 2)[0]!;
    const strong = weightedLogOdds(first, second, prior, 200)[0]!;
    expect(weak.delta).toBeGreaterThan(strong.delta);
    expect(strong.delta).toBeGreaterThan(0);
  });

  it("more evidence for the same ratio gives a larger z", () => {
    const small = weightedLogOdds(counts({ a: 4, b: 1 }), counts({ a: 1, b: 4 }), counts({ a: 5, b: 5 }))[0]!;
    const large = weightedLogOdds(
      counts({ a: 40, b: 10 }),
      counts({ a: 10, b: 40 }),
      counts({ a: 50, b: 50 }),
    )[0]!;
    expect(large.z).toBeGreaterThan(small.z);
  });

  it("an empty background gives no terms", () => {
    expect(weightedLogOdds(counts({ a: 1 }), counts({}), counts({}))).toEqual([]);
  });
});
