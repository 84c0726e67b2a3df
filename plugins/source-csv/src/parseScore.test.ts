import { describe, expect, it } from "vitest";
import { type ParsedScore, parseScore } from "./parseScore.js";

describe("parseScore", () => {
  it.each<[string, number | null]>([
    ["0", 0],
    ["9", 9],
    ["10", 10],
    [" 7 ", 7],
    ["09", 9],
    ["9.0", 9],
    ["9,0", 9],
    ["10,00", 10],
    ["", null],
    ["   ", null],
  ])("%j → %j", (text, score) => {
    expect(parseScore(text)).toEqual({ score });
  });

  it.each(["11", "-1", "8,5", "8.5", "abc", "1e1", "+9", "10/10", "١٠", "9 9"])(
    "%j is not a score",
    (text) => {
      const parsed: ParsedScore = parseScore(text);
      expect(parsed).toEqual({
        error: `not a score: ${JSON.stringify(text.trim())} is not a whole number from 0 to 10`,
      });
    },
  );

  it("says what is wrong in words", () => {
    expect(parseScore("11")).toMatchInlineSnapshot(`
      {
        "error": "not a score: "11" is not a whole number from 0 to 10",
      }
    `);
  });
});
