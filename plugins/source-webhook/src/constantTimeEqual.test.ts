import { describe, expect, it } from "vitest";
import { constantTimeEqual } from "./constantTimeEqual.js";

describe("constantTimeEqual", () => {
  it.each<[string, string, boolean]>([
    ["abc", "abc", true],
    ["abc", "abd", false],
    ["abc", "ab", false],
    ["", "", true],
    ["abc", "abcd", false],
  ])("%j vs %j → %s", (a, b, equal) => {
    expect(constantTimeEqual(Buffer.from(a), new TextEncoder().encode(b))).toBe(equal);
  });
});
