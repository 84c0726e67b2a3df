import { describe, expect, it } from "vitest";
import { type DateOrderVerdict, detectDateOrder, slashDateParts } from "./detectDateOrder.js";

describe("detectDateOrder", () => {
  it.each<[string, string[], DateOrderVerdict]>([
    ["no slash dates", ["2026-10-01", "01.10.2026", ""], { kind: "none" }],
    [
      "a day over 12 first",
      ["03/04/2026", "13/04/2026"],
      { kind: "detected", order: "DMY", evidence: "13/04/2026", contradicting: 0 },
    ],
    [
      "a day over 12 second",
      ["04/03/2026", "04/13/2026 09:00 AM"],
      { kind: "detected", order: "MDY", evidence: "04/13/2026 09:00 AM", contradicting: 0 },
    ],
    [
      "all parts 12 or less",
      ["03/04/2026", "12/11/2026 18:45", "2026-01-01"],
      { kind: "ambiguous", count: 2, example: "03/04/2026" },
    ],
    [
      "one contradiction in eleven",
      [...Array.from({ length: 10 }, (_, i) => `${13 + i}/10/2026`), "10/31/2026"],
      { kind: "detected", order: "DMY", evidence: "13/10/2026", contradicting: 1 },
    ],
    ["half and half", ["13/10/2026", "10/31/2026"], { kind: "mixed", mdy: "10/31/2026", dmy: "13/10/2026" }],
    [
      "both parts over 12 counts for neither",
      ["13/13/2026", "01/02/2026"],
      { kind: "ambiguous", count: 1, example: "01/02/2026" },
    ],
  ])("%s", (_, values, verdict) => {
    expect(detectDateOrder(values)).toEqual(verdict);
  });
});

describe("slashDateParts", () => {
  it.each<[string, readonly [number, number] | undefined]>([
    ["07/31/2023 04:21:36 PM", [7, 31]],
    [" 1/2/2026", [1, 2]],
    ["2023-07-31", undefined],
    ["07/31/23", undefined],
    ["07/31/20231", undefined],
  ])("%j → %j", (text, parts) => {
    expect(slashDateParts(text)).toEqual(parts);
  });
});
