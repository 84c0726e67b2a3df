import { describe, expect, it } from "vitest";
import { builtinRules } from "./builtinRules.js";

const ALL = [
  "npskit:thin-evidence",
  "npskit:significant-change",
  "npskit:lagging-segments",
  "npskit:detractor-themes",
  "npskit:key-drivers",
  "npskit:passives",
  "npskit:close-the-loop",
  "npskit:goal-tracking",
  "npskit:benchmark",
];

describe("builtinRules", () => {
  it("lists the built-in rules in a fixed order", () => {
    expect(builtinRules().map((rule) => rule.name)).toEqual(ALL);
  });

  it("leaves out disabled rules", () => {
    const names = builtinRules({ disable: ["npskit:benchmark", "npskit:passives"] }).map((rule) => rule.name);
    expect(names).toEqual(ALL.filter((name) => name !== "npskit:benchmark" && name !== "npskit:passives"));
  });

  it("refuses an unknown name with a suggestion", () => {
    expect(() => builtinRules({ disable: ["npskit:benchmrk"] })).toThrow(
      /unknown rule "npskit:benchmrk" \(did you mean "npskit:benchmark"\?\)/,
    );
  });
});
