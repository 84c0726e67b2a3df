import { describe, expect, it } from "vitest";
import type { ErrorLocation } from "./errors.js";
import { rejectionCategory } from "./rejection.js";

describe("rejectionCategory", () => {
  it.each<[string, ErrorLocation, string]>([
    // The column or field names the category, so that "score 11" and "score 12" count together.
    ["score must be 0 to 10", { line: 3, column: "nps" }, "invalid column nps"],
    ["too many fields", { line: 3, column: 7 }, "invalid column 7"],
    ["", { line: 3, field: "/score" }, "invalid /score"],
    ["must be an integer", { line: 3, column: "nps", field: "/score" }, "invalid column nps"],
    // Otherwise the reason up to its first colon or parenthesis.
    ["unterminated quote (the field opens here)", { line: 7 }, "unterminated quote"],
    ["malformed CSV: 3 fields, expected 5", { line: 7 }, "malformed CSV"],
    ["  unsupported payload  ", { recordId: "d-1" }, "unsupported payload"],
    ["unsupported payload", { line: 7, field: "" }, "unsupported payload"],
    // With nothing to go on, a generic category rather than an empty one.
    ["", { line: 7 }, "invalid record"],
    ["(no detail)", { line: 7 }, "invalid record"],
    ["   ", {}, "invalid record"],
  ])("groups %j at %j under %j", (reason, location, category) => {
    expect(rejectionCategory(reason, location)).toBe(category);
  });
});
