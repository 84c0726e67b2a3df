import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { emptyHistogram, histogramOf } from "./histogram.js";
import type { NpsCategory, NpsCounts } from "./npsCounts.js";
import { answeredOf, categoryOf, countsOf, sharesOf } from "./npsCounts.js";

const invalidArgument = expect.objectContaining({
  name: "InvalidArgumentError",
  code: "NPSKIT_E_INVALID_ARGUMENT",
});

describe("categoryOf", () => {
  // DESIGN.md "The domain, exactly": promoters 9–10, passives 7–8, detractors 0–6.
  it.each<[number, NpsCategory]>([
    [0, "detractor"],
    [1, "detractor"],
    [2, "detractor"],
    [3, "detractor"],
    [4, "detractor"],
    [5, "detractor"],
    [6, "detractor"],
    [7, "passive"],
    [8, "passive"],
    [9, "promoter"],
    [10, "promoter"],
  ])("score %i is a %s", (score, category) => {
    expect(categoryOf(score)).toBe(category);
  });
});

describe("countsOf", () => {
  it("reduces a histogram to category counts (JSDoc example)", () => {
    expect(countsOf(histogramOf([10, 9, 8, 2]))).toEqual({ promoters: 2, passives: 1, detractors: 1 });
  });

  it("ignores unanswered responses", () => {
    expect(countsOf(histogramOf([null, null, 7]))).toEqual({ promoters: 0, passives: 1, detractors: 0 });
  });

  it("sums every detractor score 0–6", () => {
    expect(countsOf(histogramOf([0, 1, 2, 3, 4, 5, 6]))).toEqual({
      promoters: 0,
      passives: 0,
      detractors: 7,
    });
  });

  it("returns category counts as they are", () => {
    const counts = { promoters: 80, passives: 30, detractors: 40 };
    expect(countsOf(counts)).toEqual(counts);
  });

  it("agrees with categoryOf for any list of scores", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 })), (scores) => {
        const expected = { promoters: 0, passives: 0, detractors: 0 };
        for (const score of scores) {
          const category = categoryOf(score);
          if (category === "promoter") expected.promoters++;
          else if (category === "passive") expected.passives++;
          else expected.detractors++;
        }
        expect(countsOf(histogramOf(scores))).toEqual(expected);
      }),
    );
  });

  it.each<[string, NpsCounts]>([
    ["negative promoters", { promoters: -1, passives: 0, detractors: 0 }],
    ["negative passives", { promoters: 0, passives: -1, detractors: 0 }],
    ["negative detractors", { promoters: 0, passives: 0, detractors: -3 }],
    ["fractional promoters", { promoters: 1.5, passives: 0, detractors: 0 }],
    ["NaN detractors", { promoters: 1, passives: 0, detractors: Number.NaN }],
    ["infinite passives", { promoters: 1, passives: Number.POSITIVE_INFINITY, detractors: 0 }],
    ["a string", { promoters: "3" as unknown as number, passives: 0, detractors: 0 }],
  ])("rejects %s", (_label, counts) => {
    expect(() => countsOf(counts)).toThrow(invalidArgument);
  });

  it("rejects a histogram with a negative or fractional count, even when the category sum looks valid", () => {
    // −1 + 2 = 1 detractor: the sum alone would hide the broken entry.
    const negative = { counts: [-1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0], unanswered: 0 };
    // 0.5 + 0.5 = 1 promoter.
    const fractional = { counts: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0.5, 0.5], unanswered: 0 };
    expect(() => countsOf(negative)).toThrow(invalidArgument);
    expect(() => countsOf(fractional)).toThrow(invalidArgument);
  });

  it("names the count and the value it got", () => {
    expect(() => countsOf({ promoters: 5, passives: 0, detractors: -2 })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: detractors must be a whole number of responses, 0 or more (got -2)]`,
    );
  });
});

describe("answeredOf", () => {
  it.each<[NpsCounts, number]>([
    [{ promoters: 80, passives: 30, detractors: 40 }, 150],
    [{ promoters: 0, passives: 0, detractors: 0 }, 0],
    [{ promoters: 0, passives: 1, detractors: 0 }, 1],
  ])("%o answered %i", (counts, answered) => {
    expect(answeredOf(counts)).toBe(answered);
  });
});

describe("sharesOf", () => {
  it("gives fractions of the answered responses (JSDoc example 80/30/40)", () => {
    const shares = sharesOf({ promoters: 80, passives: 30, detractors: 40 });
    // computed by hand: 80/150, 30/150, 40/150
    expect(shares).toEqual({ promoters: 80 / 150, passives: 0.2, detractors: 40 / 150 });
  });

  it("leaves unanswered responses out of the denominator", () => {
    expect(sharesOf(histogramOf([10, null, null, null]))).toEqual({
      promoters: 1,
      passives: 0,
      detractors: 0,
    });
  });

  it.each([
    ["zero counts", { promoters: 0, passives: 0, detractors: 0 }],
    ["an empty histogram", emptyHistogram()],
    ["a histogram of unanswered responses only", histogramOf([null, null])],
  ])("is null for %s", (_label, input) => {
    expect(sharesOf(input)).toBeNull();
  });

  it("sums to 1 whenever something was answered", () => {
    fc.assert(
      fc.property(fc.nat(10_000), fc.nat(10_000), fc.nat(10_000), (promoters, passives, detractors) => {
        fc.pre(promoters + passives + detractors > 0);
        const shares = sharesOf({ promoters, passives, detractors })!;
        expect(shares.promoters + shares.passives + shares.detractors).toBeCloseTo(1, 12);
      }),
    );
  });

  it("rejects invalid counts with the error code", () => {
    expect(() => sharesOf({ promoters: -1, passives: 0, detractors: 0 })).toThrow(invalidArgument);
  });
});
