import { describe, expect, it } from "vitest";
import { compareNps } from "./compareNps.js";
import { reportComparison } from "./reportComparison.js";

describe("reportComparison", () => {
  it("keeps the test and drops the two NPS values", () => {
    const comparison = compareNps(
      { promoters: 600, passives: 250, detractors: 150 },
      { promoters: 80, passives: 30, detractors: 40 },
    )!;
    const { a, b, ...rest } = comparison;
    expect(reportComparison(comparison)).toEqual(rest);
  });

  it.each([
    [
      "all promoters → all detractors",
      { promoters: 5, passives: 0, detractors: 0 },
      { promoters: 0, passives: 0, detractors: 5 },
    ],
    [
      "all detractors → all promoters",
      { promoters: 0, passives: 0, detractors: 5 },
      { promoters: 5, passives: 0, detractors: 0 },
    ],
  ])("writes an infinite z (Wald, no variance) as null: %s", (_, a, b) => {
    const comparison = compareNps(a, b, { method: "wald" })!;
    expect(Number.isFinite(comparison.z)).toBe(false);
    expect(reportComparison(comparison)).toMatchObject({ z: null, p: 0, significant: true, se: 0 });
  });

  it("keeps a zero z of two identical groups without variance", () => {
    const same = { promoters: 3, passives: 0, detractors: 0 };
    expect(reportComparison(compareNps(same, same, { method: "wald" }))).toMatchObject({ z: 0, p: 1 });
  });

  it("passes null on", () => {
    expect(reportComparison(null)).toBeNull();
  });
});
