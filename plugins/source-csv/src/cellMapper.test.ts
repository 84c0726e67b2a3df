import { describe, expect, it } from "vitest";
import { createCellMapper } from "./cellMapper.js";

const names = ["id", "score", "date"];

/** Reads `score` as a whole number and `date` as given; reports each bad cell by `column`. */
const mapper = (column: (index: number) => string | number) =>
  createCellMapper({ file: "exports/a.csv", names }, (fields, line, problem) => {
    const score = Number(fields[1]);
    if (fields[1] === "" || !Number.isInteger(score)) problem(column(1), `not a score: ${fields[1]}`);
    if (fields[2] === "") problem(column(2), "no date");
    return { id: fields[0] || `a.csv:${line}`, score, submittedAt: fields[2] };
  });
const byName = mapper((index) => names[index]!);
const byNumber = mapper((index) => index + 1);

describe("createCellMapper", () => {
  it("turns a readable row into a record with its location and raw cells by header name", () => {
    expect(byName({ fields: ["7", "9", "2026-10-01"], line: 4 })).toEqual({
      record: {
        response: { id: "7", score: 9, submittedAt: "2026-10-01" },
        location: { file: "exports/a.csv", line: 4 },
        raw: { id: "7", score: "9", date: "2026-10-01" },
      },
    });
  });

  it.each([
    ["empty cells", ["", "", ""]],
    ["spaces only", [" ", "\t", "  "]],
    ["a short blank row", [""]],
  ])("skips a row of %s (not a record)", (_, fields) => {
    expect(byName({ fields, line: 5 })).toBeNull();
  });

  it("rejects a row of another width than the header, with its fields as read", () => {
    expect(byName({ fields: ["7", "9"], line: 6 })).toEqual({
      rejection: {
        raw: ["7", "9"],
        reason: "wrong number of fields: the row has 2, the header has 3",
        location: { file: "exports/a.csv", line: 6 },
      },
    });
  });

  it("rejects a row with one bad cell by that cell's reason, located at its column", () => {
    expect(byName({ fields: ["7", "11.5", "2026-10-01"], line: 7 })).toEqual({
      rejection: {
        raw: { id: "7", score: "11.5", date: "2026-10-01" },
        reason: "not a score: 11.5",
        location: { file: "exports/a.csv", line: 7, column: "score" },
      },
    });
  });

  it.each([
    [byName, "score: not a score: x; date: no date", "score"],
    [byNumber, "column 2: not a score: x; column 3: no date", 2],
  ])("names every bad cell of a row, by column name or number", (map, reason, column) => {
    expect(map({ fields: ["7", "x", ""], line: 8 })).toEqual({
      rejection: {
        raw: { id: "7", score: "x", date: "" },
        reason,
        location: { file: "exports/a.csv", line: 8, column },
      },
    });
  });

  it("starts each row with no problems, whatever the row before had", () => {
    byName({ fields: ["7", "x", ""], line: 9 });
    expect(byName({ fields: ["8", "10", "2026-10-02"], line: 10 })).toHaveProperty("record");
  });
});
