import { describe, expect, it } from "vitest";
import { addDriverRating, emptyDriverSums } from "./driverSums.js";
import { rankDrivers } from "./rankDrivers.js";

function sums(name: string, ratings: readonly number[], scores: readonly number[]) {
  const result = emptyDriverSums(name);
  for (const [index, rating] of ratings.entries()) addDriverRating(result, rating, scores[index]!);
  return result;
}

describe("rankDrivers", () => {
  // Hand-computed: scores y = [2,4,5,4,5]. a = [1..5]: nΣxy − ΣxΣy = 30, nΣx² − (Σx)² = 50, nΣy² − (Σy)² = 30,
  // r = 30 / √1500 = √0.6. b = [3,1,4,1,5]: 15 / √(64·30), r² = 225/1920. Importance = r² / Σr²: 128/153, 25/153.
  const scores = [2, 4, 5, 4, 5];

  it("gives Pearson r and the share of r², most important first", () => {
    const ranked = rankDrivers([sums("b", [3, 1, 4, 1, 5], scores), sums("a", [1, 2, 3, 4, 5], scores)]);
    expect(ranked.map((driver) => driver.name)).toEqual(["a", "b"]);
    expect(ranked[0]?.correlation).toBeCloseTo(Math.sqrt(0.6), 12);
    expect(ranked[1]?.correlation).toBeCloseTo(15 / Math.sqrt(1920), 12);
    expect(ranked[0]?.importance).toBeCloseTo(128 / 153, 12);
    expect(ranked[1]?.importance).toBeCloseTo(25 / 153, 12);
    expect(ranked[0]).toMatchObject({ n: 5, mean: 3, min: 1, max: 5, rank: 1 });
  });

  it.each([
    ["fewer than 3 ratings", [4, 5], [9, 10]],
    ["constant ratings", [3, 3, 3, 3], [1, 5, 9, 10]],
    ["constant scores", [1, 2, 3, 4], [8, 8, 8, 8]],
  ])("has no correlation with %s", (_, ratings, ys) => {
    const [driver] = rankDrivers([sums("x", ratings, ys)]);
    expect(driver).toMatchObject({ correlation: null, importance: null, rank: 1 });
  });

  it("ranks drivers without a correlation last, by name", () => {
    const ranked = rankDrivers([
      sums("z", [3, 3, 3], [1, 2, 3]),
      sums("a", [1, 2, 3, 4, 5], scores),
      { ...emptyDriverSums("m") },
    ]);
    expect(ranked.map((driver) => [driver.name, driver.rank])).toEqual([
      ["a", 1],
      ["m", 2],
      ["z", 3],
    ]);
    expect(ranked[1]).toMatchObject({ n: 0, mean: null, min: null, max: null });
  });
});
