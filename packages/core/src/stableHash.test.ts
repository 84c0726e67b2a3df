import { describe, expect, it } from "vitest";
import { stableHash } from "./stableHash.js";

describe("stableHash", () => {
  // Reference values from an independent Python implementation (FNV-1a over UTF-16 code units, then fmix32).
  // The FNV-1a stage alone matches the published test vectors: "a" → 0xe40c292c, "foobar" → 0xbf9cf968.
  it.each([
    ["", 2872998923],
    ["a", 444641715],
    ["foobar", 202221276],
    ["r-1000", 2654200870],
    ["r-1001", 1158081653],
    ["отзыв", 2462886261],
    ["😀", 1787143206],
  ])("hashes %j to %i", (text, hash) => {
    expect(stableHash(text)).toBe(hash);
  });

  it("spreads sequential ids evenly over the 32-bit range", () => {
    const buckets = new Array<number>(16).fill(0);
    for (let i = 0; i < 16_000; i++) buckets[Math.floor(stableHash(`r-${i}`) / 2 ** 28)]! += 1;
    // 1,000 expected per bucket; a binomial standard deviation is about 31, so ±150 is far outside chance.
    for (const count of buckets) expect(Math.abs(count - 1000)).toBeLessThan(150);
  });
});
