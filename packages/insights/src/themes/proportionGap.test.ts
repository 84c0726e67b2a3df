import { describe, expect, it } from "vitest";
import { proportionGap } from "./proportionGap.js";

describe("proportionGap", () => {
  // By hand: p = 5/49, √(5/49 · 44/49 · (1/24 + 1/25)) = 0.086489…, z = (5/24) / 0.086489… = 2.408358
  it("5 of 24 against 0 of 25", () => {
    const gap = proportionGap(5, 24, 0, 25)!;
    expect(gap.difference).toBeCloseTo(5 / 24, 12);
    expect(gap.z).toBeCloseTo(5 / 24 / Math.sqrt((5 / 49) * (44 / 49) * (1 / 24 + 1 / 25)), 12);
    expect(gap.z).toBeCloseTo(2.408358, 6);
    expect(gap.p).toBeCloseTo(0.016, 3);
  });

  it.each([
    [0, 10, 0, 10],
    [3, 0, 1, 10],
    [3, 10, 1, 0],
    [10, 10, 20, 20],
  ])("no test for %i/%i vs %i/%i", (x1, n1, x2, n2) => {
    expect(proportionGap(x1, n1, x2, n2)).toBeNull();
  });

  it("is antisymmetric", () => {
    expect(proportionGap(2, 25, 8, 24)!.z).toBeCloseTo(-proportionGap(8, 24, 2, 25)!.z, 12);
  });
});
