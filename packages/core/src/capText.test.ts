import { describe, expect, it } from "vitest";
import { capText } from "./capText.js";

describe("capText", () => {
  it.each([
    ["a short text", "Great support", 10, "Great sup…"],
    ["a text that fits", "Great", 10, "Great"],
    ["a text of exactly the limit", "abcde", 5, "abcde"],
    ["surrounding whitespace", "  \n Great \t ", 10, "Great"],
    ["inner line breaks and markup", "<b>a</b>\nb", 100, "<b>a</b>\nb"],
    ["a cut after a space", "ab cdef", 4, "ab…"],
    ["emoji as single characters", "😀😀😀", 2, "😀…"],
    ["a limit of one", "abc", 1, "…"],
    ["Cyrillic", "Поддержка не отвечает", 10, "Поддержка…"],
  ])("handles %s", (_, text, maxLength, expected) => {
    expect(capText(text, maxLength)).toBe(expected);
    expect(Array.from(capText(text, maxLength)).length).toBeLessThanOrEqual(maxLength);
  });
});
