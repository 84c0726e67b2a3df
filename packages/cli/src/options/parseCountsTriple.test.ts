import { describe, expect, it } from "vitest";
import { parseCountsTriple } from "./parseCountsTriple.js";

describe("parseCountsTriple", () => {
  it.each([
    ["600,250,150", { promoters: 600, passives: 250, detractors: 150 }],
    [" 600 , 250 , 150 ", { promoters: 600, passives: 250, detractors: 150 }],
    ["0,0,0", { promoters: 0, passives: 0, detractors: 0 }],
    ["80,30,40", { promoters: 80, passives: 30, detractors: 40 }],
  ])("reads %j", (text, expected) => {
    expect(parseCountsTriple(text, "--a")).toEqual(expected);
  });

  it.each(["600,250", "1,2,3,4", "600", "", "600;250;150"])(
    "rejects %j: not three comma-separated counts",
    (text) => {
      expect(() => parseCountsTriple(text, "--b")).toThrow(
        expect.objectContaining({
          name: "UsageError",
          code: "NPSKIT_E_USAGE",
          message: `--b takes three counts, promoters,passives,detractors, such as 600,250,150 (got ${JSON.stringify(text)})`,
        }),
      );
    },
  );

  it.each([
    ["-1,250,150", '--a promoters must be a whole number, 0 or more (got "-1")'],
    ["600,2.5,150", '--a passives must be a whole number, 0 or more (got "2.5")'],
    ["600,250,", '--a detractors must be a whole number, 0 or more (got "")'],
    ["600,x,150", '--a passives must be a whole number, 0 or more (got "x")'],
  ])("rejects %j, naming the option and the category", (text, message) => {
    expect(() => parseCountsTriple(text, "--a")).toThrow(
      expect.objectContaining({ name: "UsageError", code: "NPSKIT_E_USAGE", message }),
    );
  });
});
