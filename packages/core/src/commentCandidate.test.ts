import { describe, expect, it } from "vitest";
import { byPoolRank, bySampleRank, commentCandidate } from "./commentCandidate.js";
import { stableHash } from "./stableHash.js";
import type { SurveyResponse } from "./surveyResponse.js";

const AT = "2026-10-10T12:00:00Z";

function candidate(id: string, text: string, minWords = 2) {
  const response: SurveyResponse = { id, score: 9, submittedAt: AT, comment: text };
  return commentCandidate(response, 9, text, Date.parse(AT), {}, minWords);
}

describe("commentCandidate", () => {
  it.each([
    ["ok", 2, false],
    ["👍", 1, false],
    ["...", 1, false],
    ["Terrible!", 1, true],
    ["Terrible!", 2, false],
    ["Too expensive", 2, true],
    ["Слишком дорого", 2, true],
    ["5 stars", 2, true],
    ["😀", 0, true],
  ] as const)("%j with minWords %i is useful: %s", (text, minWords, useful) => {
    expect(candidate("1", text, minWords).useful).toBe(useful);
  });

  it("folds case and whitespace for the one-per-text rule", () => {
    expect(candidate("1", "Too  Expensive\n!").textKey).toBe("too expensive !");
  });

  it("ranks useful comments first in the selection, by hash alone in the pool", () => {
    const [a, b] = ["a", "b"].sort((x, y) => stableHash(x) - stableHash(y));
    const shortFirst = candidate(a!, "ok");
    const longSecond = candidate(b!, "Too expensive");
    expect(bySampleRank(longSecond, shortFirst)).toBeLessThan(0);
    expect(byPoolRank(shortFirst, longSecond)).toBeLessThan(0);
  });

  it("orders equal ids by content, so the order is total", () => {
    expect(byPoolRank(candidate("x", "Alpha beta"), candidate("x", "Gamma delta"))).toBeLessThan(0);
    expect(byPoolRank(candidate("x", "Alpha beta"), candidate("x", "Alpha beta"))).toBe(0);
  });
});
