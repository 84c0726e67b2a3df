import { describe, expect, it } from "vitest";
import { parseScores } from "./parseScores.js";

describe("parseScores", () => {
  it.each<[string, (number | null)[]]>([
    ["9,10,6,,8", [9, 10, 6, null, 8]],
    ["10,9,9,8,7,6,3,10,", [10, 9, 9, 8, 7, 6, 3, 10, null]],
    ["0,10", [0, 10]],
    ["5", [5]],
    [" 9 , 10 ", [9, 10]],
    ["9 10 6", [9, 10, 6]],
    ["  9   10\t0  ", [9, 10, 0]],
    ["-,null,NULL,Null", [null, null, null, null]],
    ["07", [7]],
  ])("reads %j", (text, expected) => {
    expect(parseScores(text)).toEqual(expected);
  });

  it.each([
    ["9,11", 2, "11"],
    ["11", 1, "11"],
    ["9, 11", 2, "11"],
    ["9,-1", 2, "-1"],
    ["1.5", 1, "1.5"],
    ["9,1O", 2, "1O"],
    ["9 10 abc", 3, "abc"],
    ["9,ten", 2, "ten"],
    ["1e1", 1, "1e1"],
  ])("rejects %j at entry %d", (text, entry, part) => {
    expect(() => parseScores(text)).toThrow(
      expect.objectContaining({
        name: "UsageError",
        code: "NPSKIT_E_USAGE",
        message: `--scores entry ${entry} must be a whole number from 0 to 10, or empty for unanswered (got ${JSON.stringify(part)})`,
      }),
    );
  });
});
