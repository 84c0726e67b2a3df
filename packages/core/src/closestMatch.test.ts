import { describe, expect, it } from "vitest";
import { closestMatch } from "./closestMatch.js";

const fields = [
  "id",
  "score",
  "submittedAt",
  "comment",
  "segments",
  "drivers",
  "respondent",
  "source",
  "locale",
];

describe("closestMatch", () => {
  it.each<[string, readonly string[], string | undefined]>([
    // JSDoc examples
    ["scroe", ["id", "score", "comment"], "score"],
    ["xyz", ["id", "score"], undefined],
    // one edit of each kind (limit for a 5–7 letter word: 1–2 edits)
    ["scor", fields, "score"],
    ["scorre", fields, "score"],
    ["sxore", fields, "score"],
    ["commnet", fields, "comment"],
    ["submitedAt", fields, "submittedAt"],
    // case is ignored for the distance, but the candidate comes back as written
    ["SCORE", fields, "score"],
    ["SubmittedAT", fields, "submittedAt"],
    ["Europe/Moskow", ["Europe/Minsk", "Europe/Moscow", "Asia/Tokyo"], "Europe/Moscow"],
    // a word the candidate starts with (three letters or more) counts as a match
    ["consent", ["email", "consentToContact"], "consentToContact"],
    ["seg", fields, "segments"],
    // too far: more edits than a third of the word
    ["region", fields, undefined],
    ["sc", fields, undefined],
    // short words still allow one edit
    ["ix", fields, "id"],
    // nothing to choose from
    ["score", [], undefined],
  ])("closestMatch(%j, …) = %j", (word, candidates, expected) => {
    expect(closestMatch(word, candidates)).toBe(expected);
  });

  it("prefers the first of equally close candidates", () => {
    expect(closestMatch("cat", ["bat", "hat"])).toBe("bat");
    expect(closestMatch("cat", ["hat", "bat"])).toBe("hat");
  });

  it("prefers a candidate that differs only in case over a longer one that starts with the word", () => {
    expect(closestMatch("Comment", ["commentLanguage", "comment"])).toBe("comment");
  });

  it("accepts any iterable of candidates", () => {
    expect(closestMatch("scroe", new Set(fields))).toBe("score");
    function* names() {
      yield "locale";
      yield "source";
    }
    expect(closestMatch("sorce", names())).toBe("source");
  });
});
