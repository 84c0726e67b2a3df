import { describe, expect, it } from "vitest";
import { type Accounting, emptyAccounting, sumAccounting } from "./accounting.js";

function accounting(counts: Partial<Accounting>): Accounting {
  return { ...emptyAccounting(), ...counts };
}

describe("emptyAccounting", () => {
  it("starts every count at zero", () => {
    expect(emptyAccounting()).toEqual({
      read: 0,
      accepted: 0,
      unanswered: 0,
      rejected: 0,
      duplicates: 0,
      rejectedByReason: {},
    });
  });

  it("returns a fresh counter each time", () => {
    const first = emptyAccounting();
    first.read += 1;
    first.rejectedByReason["invalid /score"] = 1;
    expect(emptyAccounting()).toEqual(accounting({}));
  });
});

describe("sumAccounting", () => {
  it("adds every count and every reason", () => {
    const csv = accounting({
      read: 10,
      accepted: 6,
      unanswered: 1,
      rejected: 2,
      duplicates: 1,
      rejectedByReason: { "invalid /score": 1, "unterminated quote": 1 },
    });
    const hub = accounting({ read: 4, accepted: 3, rejected: 1, rejectedByReason: { "invalid /score": 1 } });
    expect(sumAccounting([csv, hub])).toEqual({
      read: 14,
      accepted: 9,
      unanswered: 1,
      rejected: 3,
      duplicates: 1,
      rejectedByReason: { "invalid /score": 2, "unterminated quote": 1 },
    });
  });

  it("is all zeros for no counters", () => {
    expect(sumAccounting([])).toEqual(accounting({}));
  });

  it("lists reasons in code-point order, whatever order they were counted in", () => {
    const counted = accounting({
      rejected: 5,
      rejectedByReason: {
        "неверная дата": 1,
        "invalid /score": 1,
        "Malformed CSV": 1,
        "invalid /id": 1,
        "": 1,
      },
    });
    expect(Object.keys(sumAccounting([counted]).rejectedByReason)).toEqual([
      "",
      "Malformed CSV",
      "invalid /id",
      "invalid /score",
      "неверная дата",
    ]);
  });

  it("leaves its inputs as they were", () => {
    const input = accounting({ read: 1, rejected: 1, rejectedByReason: { "invalid /score": 1 } });
    const copy = structuredClone(input);
    const sum = sumAccounting([input, input]);
    expect(input).toEqual(copy);
    expect(sum.rejectedByReason).not.toBe(input.rejectedByReason);
  });
});
