import { describe, expect, it } from "vitest";
import { isNegation, isStopWord, STOP_WORDS } from "./stopWords.js";

describe("isStopWord", () => {
  it.each([
    ["the", "en", true],
    ["and", "en", true],
    ["it's", "en", true],
    ["price", "en", false],
    ["not", "en", false],
    ["no", "en", false],
    ["never", "en", false],
    ["don't", "en", false],
    ["too", "en", false],
    ["и", "ru", true],
    ["в", "ru", true],
    ["что", "ru", true],
    ["еще", "ru", true],
    ["не", "ru", false],
    ["нет", "ru", false],
    ["ни", "ru", false],
    ["слишком", "ru", false],
    ["цена", "ru", false],
  ] as const)("%s (%s) → %s", (word, language, expected) => {
    expect(isStopWord(word, language)).toBe(expected);
  });

  it("lists are lowercase and written as tokenize gives them (ё as е)", () => {
    for (const words of Object.values(STOP_WORDS)) {
      for (const word of words) {
        expect(word).toBe(word.toLowerCase());
        expect(word).not.toContain("ё");
      }
    }
  });
});

describe("isNegation", () => {
  it.each([
    ["not", true],
    ["don't", true],
    ["не", true],
    ["нет", true],
    ["price", false],
    ["цена", false],
  ])("%s → %s", (word, expected) => {
    expect(isNegation(word)).toBe(expected);
    // every negation stays out of the stop words
    if (expected) expect(isStopWord(word, word === "не" || word === "нет" ? "ru" : "en")).toBe(false);
  });
});
