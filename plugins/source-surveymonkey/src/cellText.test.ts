import { describe, expect, it } from "vitest";
import { cellText } from "./cellText.js";

describe("cellText", () => {
  it.each([
    [null, ""],
    [undefined, ""],
    ["Extremely likely - 10", "Extremely likely - 10"],
    // read-excel-file is asked to keep numbers as their digits: a long id stays exact.
    ["123456789012345678901", "123456789012345678901"],
    [7, "7"],
    [true, "TRUE"],
    // A date cell holds Excel's wall clock in its UTC fields; a binary fraction is rounded to the second.
    [new Date(Date.UTC(2023, 6, 31, 16, 21, 35, 999)), "2023-07-31T16:21:36"],
    [new Date(Date.UTC(2026, 9, 31, 23, 59, 59, 400)), "2026-10-31T23:59:59"],
  ])("%j → %j", (value, text) => {
    expect(cellText(value)).toBe(text);
  });
});
