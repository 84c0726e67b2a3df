import { describe, expect, it } from "vitest";
import { detectNpsCoding } from "./detectNpsCoding.js";
import { readNpsCell } from "./parseNpsAnswer.js";

const verdict = (...cells: string[]) => detectNpsCoding(cells.map(readNpsCell));

describe("detectNpsCoding", () => {
  it.each([
    // An "actual answer text" export: the labels settle it, even with plain numbers around them.
    [["4", "Extremely likely - 10", "7"], "score", false],
    // A "numerical value" export coded by position: an 11 and no 0.
    [["11", "1", "6", ""], "position", false],
    // A 0 can only be a score.
    [["0", "10", "5"], "score", false],
    // 0 and 11 together fit neither: scores, and the 11s are rejected row by row.
    [["0", "11"], "score", false],
    // Only 1–10: both readings fit.
    [["1", "10", "7"], "score", true],
    [["", ""], "score", false],
  ])("decides %j → %s (ambiguous: %s)", (cells, coding, ambiguous) => {
    expect(verdict(...cells)).toMatchObject({ coding, ambiguous });
  });

  it("says on what evidence", () => {
    expect(verdict("11", "3").evidence).toBe("an 11 and no 0 among 2 numeric answers");
    expect(verdict("2", "3").evidence).toBe("only values 1–10 among 2 numeric answers");
  });
});
