import { describe, expect, it } from "vitest";
import { parseRatedAt } from "./parseRatedAt.js";

describe("parseRatedAt", () => {
  it.each<[unknown, string | undefined]>([
    [1790845200, "2026-10-01T09:00:00.000Z"],
    [0, "1970-01-01T00:00:00.000Z"],
    ["2026-10-02T21:40:00Z", "2026-10-02T21:40:00Z"],
    ["2026-10-03T10:00:00+03:00", "2026-10-03T10:00:00+03:00"],
    [1790845200000, undefined], // milliseconds: another export's habit
    [1790845200.5, undefined],
    [-1, undefined],
    ["yesterday", undefined],
    [null, undefined],
    [undefined, undefined],
  ])("%j → %j", (value, expected) => {
    expect(parseRatedAt(value)).toBe(expected);
  });
});
