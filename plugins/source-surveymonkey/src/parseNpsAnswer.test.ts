import { describe, expect, it } from "vitest";
import { npsScoreOf, parseNpsAnswer, readNpsCell } from "./parseNpsAnswer.js";

describe("parseNpsAnswer", () => {
  it.each([
    ["Not at all likely - 0", 0],
    ["Extremely likely - 10", 10],
    // Survey authors edit the words; the trailing number is what counts.
    ["Never in a million years - 0", 0],
    ["Absolutely!!! – 10", 10],
    ["Совсем маловероятно - 0", 0],
    ["Очень вероятно - 10", 10],
    ["0", 0],
    ["7", 7],
    [" 10 ", 10],
    ["9.0", 9],
    ["8,0", 8],
    ["", null],
    ["   ", null],
  ])("reads %j as score %j", (text, score) => {
    expect(parseNpsAnswer(text, "score")).toEqual({ score });
  });

  it.each([
    ["1", 0],
    ["6", 5],
    ["11", 10],
    // Labels carry the score whatever the coding.
    ["Extremely likely - 10", 10],
    ["", null],
  ])("reads %j in position coding as score %j", (text, score) => {
    expect(parseNpsAnswer(text, "position")).toEqual({ score });
  });

  it("rejects what is not an answer, saying why", () => {
    const errors = [
      parseNpsAnswer("Extremely likely - 11", "score"),
      parseNpsAnswer("abc", "score"),
      parseNpsAnswer("11", "score"),
      parseNpsAnswer("12", "position"),
      parseNpsAnswer("0", "position"),
      parseNpsAnswer("-1", "score"),
      parseNpsAnswer("8.5", "score"),
      parseNpsAnswer("10 - Extremely likely", "score"),
    ].map((result) => ("error" in result ? result.error : result));
    expect(errors).toMatchInlineSnapshot(`
      [
        "not an NPS answer: "Extremely likely - 11" ends in 11, but the scale ends at 10",
        "not an NPS answer: "abc" (expected 0 to 10, or a choice label ending in " - 0" … " - 10")",
        "not a score: 11 is over 10 (if this export numbers the choices 1–11, set the coding option to "position")",
        "not an NPS answer: "12" (expected 0 to 10, or a choice label ending in " - 0" … " - 10")",
        "not a choice position: 0 (answers are read as positions 1–11; if they are scores 0–10, set the coding option to "score")",
        "not an NPS answer: "-1" (expected 0 to 10, or a choice label ending in " - 0" … " - 10")",
        "not an NPS answer: "8.5" (expected 0 to 10, or a choice label ending in " - 0" … " - 10")",
        "not an NPS answer: "10 - Extremely likely" (expected 0 to 10, or a choice label ending in " - 0" … " - 10")",
      ]
    `);
  });

  it("keeps the cell kind apart from the coding", () => {
    expect(readNpsCell("Extremely likely - 10")).toEqual({ kind: "label", score: 10 });
    expect(readNpsCell("11")).toEqual({ kind: "number", value: 11 });
    expect(npsScoreOf({ kind: "number", value: 11 }, "position")).toEqual({ score: 10 });
  });
});
