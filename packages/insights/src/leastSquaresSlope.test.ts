import { describe, expect, it } from "vitest";
import { leastSquaresSlope } from "./leastSquaresSlope.js";

describe("leastSquaresSlope", () => {
  it.each([
    // x̄ = 1, ȳ = 2: Σ(x−x̄)(y−ȳ) = (−1)(−1) + 0 + (1)(0) = 1, Σ(x−x̄)² = 2.
    [
      [
        [0, 1],
        [1, 3],
        [2, 2],
      ],
      0.5,
    ],
    [
      [
        [0, 10],
        [1, 12],
        [2, 14],
        [5, 20],
      ],
      2,
    ],
    [
      [
        [3, 1],
        [3, 2],
      ],
      null,
    ],
    [[[0, 1]], null],
  ] as const)("slope of %j is %s", (points, slope) => {
    expect(leastSquaresSlope(points.map(([x, y]) => ({ x, y })))).toBe(slope);
  });
});
