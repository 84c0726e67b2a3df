import { describe, expect, it } from "vitest";
import { fixed, METHOD_NAMES, percentLevel, table } from "./format.js";

describe("fixed", () => {
  it.each([
    [26.666666666666668, 2, "26.67"],
    [26.666666666666668, 0, "27"],
    [-18.333333333333332, 1, "\u221218.3"],
    [2.5, 0, "3"],
    [-2.5, 0, "\u22123"],
    [0.05, 1, "0.1"],
    [-0.05, 1, "\u22120.1"],
    [1.005, 2, "1.01"],
    [100, 1, "100.0"],
    [0, 2, "0.00"],
    // A value that rounds to zero prints without a minus sign.
    [-0.04, 1, "0.0"],
    [-0, 0, "0"],
    // A Wald comparison of two zero-variance groups has z = ±∞.
    [Number.POSITIVE_INFINITY, 2, "\u221e"],
    [Number.NEGATIVE_INFINITY, 2, "\u2212\u221e"],
  ])("fixed(%d, %d) is %j", (value, decimals, expected) => {
    expect(fixed(value, decimals)).toBe(expected);
  });

  it("uses a true minus sign (U+2212), not a hyphen", () => {
    expect(fixed(-1, 0)).toBe("−1");
    expect(fixed(-1, 0)).not.toContain("-");
  });

  it("refuses NaN rather than printing it", () => {
    expect(() => fixed(Number.NaN, 1)).toThrow(
      expect.objectContaining({ code: "NPSKIT_E_INVALID_ARGUMENT" }),
    );
  });
});

describe("percentLevel", () => {
  it.each([
    [0.95, "95 %"],
    [0.9, "90 %"],
    [0.8, "80 %"],
    [0.99, "99 %"],
    [0.999, "99.9 %"],
    [0.975, "97.5 %"],
    [0.5, "50 %"],
  ])("percentLevel(%d) is %j", (level, expected) => {
    expect(percentLevel(level)).toBe(expected);
  });
});

describe("table", () => {
  it("aligns values after the longest label, two spaces apart", () => {
    expect(
      table([
        ["NPS", "27"],
        ["Margin of error", "±13.5 points"],
        ["n", "150"],
      ]),
    ).toMatchInlineSnapshot(`
      "NPS              27
      Margin of error  ±13.5 points
      n                150"
    `);
  });

  it("leaves no trailing spaces when a value is empty", () => {
    const text = table([
      ["Promoters 9–10", ""],
      ["NPS", "none"],
    ]);
    expect(text.split("\n")).toEqual(["Promoters 9–10", "NPS             none"]);
  });

  it("has no trailing newline", () => {
    expect(table([["a", "b"]])).toBe("a  b");
  });
});

describe("METHOD_NAMES", () => {
  it("names every interval and comparison method", () => {
    expect(METHOD_NAMES).toEqual({
      "adjusted-wald": "adjusted Wald",
      wald: "Wald",
      score: "score (Tango)",
    });
  });
});
