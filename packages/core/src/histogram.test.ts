import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Histogram } from "./histogram.js";
import {
  addScore,
  assertCount,
  assertHistogram,
  assertScore,
  emptyHistogram,
  histogramOf,
  mergeHistograms,
  mergeInto,
  SCORE_COUNT,
  SCORE_MAX,
  SCORE_MIN,
} from "./histogram.js";

const invalidArgument = expect.objectContaining({
  name: "InvalidArgumentError",
  code: "NPSKIT_E_INVALID_ARGUMENT",
});

const histogramArb: fc.Arbitrary<Histogram> = fc.record({
  counts: fc.array(fc.nat({ max: 1_000_000 }), { minLength: SCORE_COUNT, maxLength: SCORE_COUNT }),
  unanswered: fc.nat({ max: 1_000_000 }),
});

describe("score scale", () => {
  it("runs from 0 to 10: 11 scores", () => {
    expect([SCORE_MIN, SCORE_MAX, SCORE_COUNT]).toEqual([0, 10, 11]);
  });
});

describe("emptyHistogram", () => {
  it("has 11 zero counts and nothing unanswered", () => {
    expect(emptyHistogram()).toEqual({ counts: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], unanswered: 0 });
  });

  it("returns a fresh object each time (mutating one does not leak into the next)", () => {
    const first = emptyHistogram();
    addScore(first, 10);
    expect(emptyHistogram().counts[10]).toBe(0);
  });
});

describe("assertScore", () => {
  it.each([0, 6, 7, 9, 10])("accepts %s", (score) => {
    expect(() => assertScore(score)).not.toThrow();
  });

  it.each([-1, 11, 3.5, Number.NaN, Number.POSITIVE_INFINITY, -0.5])("rejects %s", (score) => {
    expect(() => assertScore(score)).toThrow(invalidArgument);
  });

  it("says what is allowed and what it got", () => {
    expect(() => assertScore(11)).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: score must be an integer from 0 to 10 (got 11)]`,
    );
  });
});

describe("addScore", () => {
  it("counts a score in place", () => {
    const histogram = emptyHistogram();
    addScore(histogram, 9);
    addScore(histogram, 9);
    addScore(histogram, 0);
    expect(histogram.counts).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0]);
    expect(histogram.unanswered).toBe(0);
  });

  it.each([null, undefined])("counts %s as unanswered, not as a score", (score) => {
    const histogram = emptyHistogram();
    addScore(histogram, score);
    expect(histogram).toEqual({ counts: emptyHistogram().counts, unanswered: 1 });
  });

  it("rejects an invalid score and leaves the histogram unchanged", () => {
    const histogram = emptyHistogram();
    expect(() => addScore(histogram, 12)).toThrow(invalidArgument);
    expect(histogram).toEqual(emptyHistogram());
  });
});

describe("histogramOf", () => {
  it("builds the JSDoc example: [10, 9, 7, 3, null]", () => {
    expect(histogramOf([10, 9, 7, 3, null])).toEqual({
      counts: [0, 0, 0, 1, 0, 0, 0, 1, 0, 1, 1],
      unanswered: 1,
    });
  });

  it("accepts any iterable, including a generator", () => {
    function* scores() {
      yield 5;
      yield undefined;
      yield 5;
    }
    expect(histogramOf(scores())).toEqual({ counts: [0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0], unanswered: 1 });
  });

  it("is empty for no scores", () => {
    expect(histogramOf([])).toEqual(emptyHistogram());
  });

  it("counts every score exactly once (total = length)", () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 10 }), { nil: null })), (scores) => {
        const histogram = histogramOf(scores);
        const total = histogram.counts.reduce((sum, count) => sum + count, 0) + histogram.unanswered;
        expect(total).toBe(scores.length);
        expect(histogram.unanswered).toBe(scores.filter((score) => score === null).length);
      }),
    );
  });

  it("rejects an out-of-range score with the error code", () => {
    expect(() => histogramOf([10, -1])).toThrow(invalidArgument);
  });
});

describe("mergeHistograms", () => {
  it("adds counts and unanswered", () => {
    const a = histogramOf([10, 10, 0, null]);
    const b = histogramOf([10, 7, null, null]);
    expect(mergeHistograms(a, b)).toEqual({ counts: [1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 3], unanswered: 3 });
  });

  it("does not change its inputs", () => {
    const a = histogramOf([10]);
    const b = histogramOf([0]);
    mergeHistograms(a, b);
    expect(a).toEqual(histogramOf([10]));
    expect(b).toEqual(histogramOf([0]));
  });

  it("of nothing is the empty histogram", () => {
    expect(mergeHistograms()).toEqual(emptyHistogram());
  });

  it("is associative", () => {
    fc.assert(
      fc.property(histogramArb, histogramArb, histogramArb, (a, b, c) => {
        expect(mergeHistograms(mergeHistograms(a, b), c)).toEqual(mergeHistograms(a, mergeHistograms(b, c)));
      }),
    );
  });

  it("is commutative", () => {
    fc.assert(
      fc.property(histogramArb, histogramArb, (a, b) => {
        expect(mergeHistograms(a, b)).toEqual(mergeHistograms(b, a));
      }),
    );
  });

  it("has emptyHistogram as identity on both sides", () => {
    fc.assert(
      fc.property(histogramArb, (a) => {
        expect(mergeHistograms(a, emptyHistogram())).toEqual(a);
        expect(mergeHistograms(emptyHistogram(), a)).toEqual(a);
      }),
    );
  });

  it("of the histograms of two lists is the histogram of their concatenation", () => {
    const scoreList = fc.array(fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }));
    fc.assert(
      fc.property(scoreList, scoreList, (x, y) => {
        expect(mergeHistograms(histogramOf(x), histogramOf(y))).toEqual(histogramOf([...x, ...y]));
      }),
    );
  });
});

describe("mergeInto", () => {
  it("adds the source into the target in place and leaves the source alone", () => {
    const target = histogramOf([10, null]);
    const source = histogramOf([10, 3]);
    mergeInto(target, source);
    expect(target).toEqual({ counts: [0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 2], unanswered: 1 });
    expect(source).toEqual(histogramOf([10, 3]));
  });
});

describe("assertHistogram", () => {
  it("accepts a well-formed histogram", () => {
    expect(() => assertHistogram(histogramOf([1, 2, null]))).not.toThrow();
  });

  it.each<[string, unknown]>([
    ["null", null],
    ["a number", 42],
    ["no counts", { unanswered: 0 }],
    ["10 counts", { counts: new Array(10).fill(0), unanswered: 0 }],
    ["12 counts", { counts: new Array(12).fill(0), unanswered: 0 }],
    ["a negative count", { counts: [0, 0, 0, -1, 0, 0, 0, 0, 0, 0, 0], unanswered: 0 }],
    ["a fractional count", { counts: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0.5, 0], unanswered: 0 }],
    ["a string count", { counts: ["1", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], unanswered: 0 }],
    ["a NaN count", { counts: [Number.NaN, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], unanswered: 0 }],
    ["missing unanswered", { counts: new Array(11).fill(0) }],
    ["negative unanswered", { counts: new Array(11).fill(0), unanswered: -2 }],
  ])("rejects %s", (_label, value) => {
    expect(() => assertHistogram(value)).toThrow(invalidArgument);
  });

  it("names the offending entry, using the caller's name for the value", () => {
    const value = { counts: [0, 0, 0, -1, 0, 0, 0, 0, 0, 0, 0], unanswered: 0 };
    expect(() => assertHistogram(value, "rows[2]")).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: rows[2].counts[3] must be a whole number of responses, 0 or more (got -1)]`,
    );
    expect(() => assertHistogram({ counts: [] })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: histogram must have "counts" with exactly 11 entries (scores 0 to 10)]`,
    );
  });
});

describe("assertCount", () => {
  it.each([0, 1, Number.MAX_SAFE_INTEGER])("accepts %s", (value) => {
    expect(() => assertCount(value, "n")).not.toThrow();
  });

  it.each<unknown>([-1, 1.5, 2 ** 53, Number.NaN, Number.POSITIVE_INFINITY, "3", null, undefined])(
    "rejects %s",
    (value) => {
      expect(() => assertCount(value, "n")).toThrow(invalidArgument);
    },
  );
});
