import { describe, expect, it } from "vitest";
import { trimmedCell } from "./trimmedCell.js";

describe("trimmedCell", () => {
  it.each<[number | undefined, string]>([
    [0, "9"],
    [1, "Berlin"],
    [2, ""],
    [undefined, ""],
  ])("column %j → %j", (index, expected) => {
    expect(trimmedCell([" 9 ", "Berlin", "   "], index)).toBe(expected);
  });
});
