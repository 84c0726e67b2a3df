import { describe, expect, it } from "vitest";
import { parseDecimal } from "./parseDecimal.js";

describe("parseDecimal", () => {
  it.each<[string, number | null | undefined]>([
    ["4", 4],
    ["8,5", 8.5],
    ["8.5", 8.5],
    ["7,25", 7.25],
    [" -2 ", -2],
    ["+3", 3],
    [",5", 0.5],
    ["5.", 5],
    ["", null],
    [" ", null],
    ["high", undefined],
    ["1,234,5", undefined],
    ["1 000", undefined],
    ["4/5", undefined],
    ["NaN", undefined],
    ["Infinity", undefined],
  ])("%j → %j", (text, expected) => {
    expect(parseDecimal(text)).toBe(expected);
  });
});
