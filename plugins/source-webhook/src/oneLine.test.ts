import { describe, expect, it } from "vitest";
import { oneLine } from "./oneLine.js";

describe("oneLine", () => {
  it.each<[string, number | undefined, string]>([
    ["bad\nvalue", undefined, "bad value"],
    ["a\r\n\tb", undefined, "a b"],
    ["a\u2028b", undefined, "a b"],
    ["abcdef", 4, "abc…"],
    ["abcd", 4, "abcd"],
    ["ab😀cd", 4, "ab…"],
  ])("%j (max %s) → %j", (text, max, expected) => {
    expect(oneLine(text, max)).toBe(expected);
  });

  it("caps at 500 by default", () => {
    expect(oneLine("x".repeat(2000))).toHaveLength(500);
  });
});
