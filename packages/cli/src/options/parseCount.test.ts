import { describe, expect, it } from "vitest";
import { parseCount } from "./parseCount.js";

describe("parseCount", () => {
  it.each([
    ["0", 0],
    ["80", 80],
    [" 80 ", 80],
    ["007", 7],
    ["9007199254740991", Number.MAX_SAFE_INTEGER],
  ])("reads %j as %d", (text, expected) => {
    expect(parseCount(text, "--promoters")).toBe(expected);
  });

  it.each(["-1", "1.5", "1e3", "+5", "0x10", "", " ", "abc", "80 responses", "Infinity", "9007199254740992"])(
    "rejects %j with a usage error that names the option and the value",
    (text) => {
      expect(() => parseCount(text, "--promoters")).toThrow(
        expect.objectContaining({
          name: "UsageError",
          code: "NPSKIT_E_USAGE",
          message: `--promoters must be a whole number, 0 or more (got ${JSON.stringify(text)})`,
        }),
      );
    },
  );

  it("names the option it was given", () => {
    expect(() => parseCount("-3", "--unanswered")).toThrow(
      expect.objectContaining({
        code: "NPSKIT_E_USAGE",
        message: '--unanswered must be a whole number, 0 or more (got "-3")',
      }),
    );
  });
});
