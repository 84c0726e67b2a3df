import { describe, expect, it } from "vitest";
import { group, scenario, uniformScenario } from "./__fixtures__/scenario.js";
import { goalProgress } from "./goalProgress.js";

/** NPS 10, 20, 30, 40 in July–October 2026 (100 answers each): +10 points a month. */
function rising(target: number) {
  const months = ["2026-07", "2026-08", "2026-09", "2026-10"];
  const responses = months.flatMap((month, index) =>
    group({ month, promoters: 40 + 5 * index, passives: 30, detractors: 30 - 5 * index }),
  );
  return scenario(responses, { period: "2026-10", target }).model;
}

describe("goalProgress", () => {
  it("is null without a target or a date", () => {
    expect(goalProgress(uniformScenario().model, "2027-01-31")).toBeNull();
    expect(goalProgress(uniformScenario({ target: 40 }).model, null)).toBeNull();
  });

  it.each([
    // date, periods left, gain needed per month, on track (recent slope +10 a month)
    ["2026-12-31", 2, 10, true],
    ["2026-11-01", 1, 20, false],
    ["2027-10-01", 12, 20 / 12, true],
  ] as const)("target 60 by %s: %i months left, %d needed a month", (date, left, needed, onTrack) => {
    const goal = goalProgress(rising(60), date);
    expect(goal).toMatchObject({ target: 60, date, periodsLeft: left, onTrack });
    expect(goal?.gapNow).toBeCloseTo(20, 10);
    expect(goal?.gainNeededPerPeriod).toBeCloseTo(needed, 10);
    expect(goal?.recentGainPerPeriod).toBeCloseTo(10, 10);
  });

  it("is met when the NPS is at the target, and missed when the date has passed", () => {
    expect(goalProgress(rising(40), "2026-12-31")).toMatchObject({ onTrack: true, gainNeededPerPeriod: 0 });
    expect(goalProgress(rising(60), "2026-10-15")).toMatchObject({
      periodsLeft: 0,
      gainNeededPerPeriod: null,
      onTrack: false,
    });
    expect(goalProgress(rising(60), "2026-08-15")).toMatchObject({ periodsLeft: -2, onTrack: false });
  });

  it("does not judge the pace from fewer than 3 periods", () => {
    expect(goalProgress(uniformScenario({ target: 40 }).model, "2026-12-31")).toMatchObject({
      recentGainPerPeriod: null,
      onTrack: null,
    });
  });

  it("rejects a date that is not YYYY-MM-DD", () => {
    expect(() => goalProgress(rising(60), "31.12.2026")).toThrow(/YYYY-MM-DD/);
  });
});
