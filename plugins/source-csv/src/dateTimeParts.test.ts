import { describe, expect, it } from "vitest";
import { type DateTimeParts, formatDateTime, isValidDateTime } from "./dateTimeParts.js";

const at = (year: number, month: number, day: number, hour = 0, minute = 0, second = 0): DateTimeParts => ({
  year,
  month,
  day,
  hour,
  minute,
  second,
  fraction: "",
});

describe("isValidDateTime", () => {
  it.each<[DateTimeParts, boolean]>([
    [at(2026, 10, 31, 23, 59, 59), true],
    [at(2028, 2, 29), true],
    [at(2000, 2, 29), true],
    [at(2100, 2, 29), false],
    [at(2026, 2, 29), false],
    [at(2026, 4, 31), false],
    [at(2026, 0, 1), false],
    [at(2026, 13, 1), false],
    [at(2026, 1, 0), false],
    [at(2026, 1, 1, 24), false],
    [at(2026, 1, 1, 0, 60), false],
    [at(2026, 1, 1, 0, 0, 60), false],
  ])("%j → %s", (parts, valid) => {
    expect(isValidDateTime(parts)).toBe(valid);
  });
});

describe("formatDateTime", () => {
  it.each<[DateTimeParts, number, string]>([
    [at(2026, 10, 31, 22, 30), 180, "2026-10-31T22:30:00+03:00"],
    [at(2026, 1, 2, 3, 4, 5), 0, "2026-01-02T03:04:05Z"],
    [at(2026, 1, 2, 3, 4, 5), -210, "2026-01-02T03:04:05-03:30"],
    [{ ...at(999, 1, 2), fraction: "5" }, 345, "0999-01-02T00:00:00.5+05:45"],
  ])("%j at %i", (parts, offset, text) => {
    expect(formatDateTime(parts, offset)).toBe(text);
  });
});
