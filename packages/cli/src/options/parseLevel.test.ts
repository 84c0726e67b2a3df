import { describe, expect, it } from "vitest";
import { parseLevel } from "./parseLevel.js";

describe("parseLevel", () => {
  it.each([
    ["0.95", 0.95],
    ["0.9", 0.9],
    ["0.5", 0.5],
    [" 0.99 ", 0.99],
    ["95%", 0.95],
    ["95", 0.95],
    ["90 %", 0.9],
    ["99.9%", 0.999],
    ["80", 0.8],
  ])("reads %j as %d", (text, expected) => {
    expect(parseLevel(text)).toBeCloseTo(expected, 12);
  });

  it("returns a fraction strictly between 0 and 1", () => {
    for (const text of ["0.95", "95%", "95", "99.9%", "50"]) {
      const level = parseLevel(text);
      expect(level).toBeGreaterThan(0);
      expect(level).toBeLessThan(1);
    }
  });

  it.each(["0", "0%", "0.0", "100", "100%", "150", "-0.5", "-95%", "", " ", "%", "abc", "95%%", "0.95.1"])(
    "rejects %j",
    (text) => {
      expect(() => parseLevel(text)).toThrow(
        expect.objectContaining({
          name: "UsageError",
          code: "NPSKIT_E_USAGE",
          message: `--level must be a confidence level such as 0.95 or 95% (got ${JSON.stringify(text)})`,
        }),
      );
    },
  );
});
