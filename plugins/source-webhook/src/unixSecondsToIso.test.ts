import { describe, expect, it } from "vitest";
import { unixSecondsToIso } from "./unixSecondsToIso.js";

describe("unixSecondsToIso", () => {
  it.each<[unknown, string | undefined]>([
    [1793485800, "2026-10-31T22:30:00Z"],
    [1793485800.5, "2026-10-31T22:30:00.500Z"],
    [0, "1970-01-01T00:00:00Z"],
    ["1793485800", undefined],
    [Number.NaN, undefined],
    [1e20, undefined],
    [null, undefined],
  ])("%j → %j", (seconds, expected) => {
    expect(unixSecondsToIso(seconds)).toBe(expected);
  });
});
