import { describe, expect, it } from "vitest";
import { analysed, dropScenario, run, uniformScenario } from "../__fixtures__/scenario.js";
import { goalTracking } from "./goalTracking.js";

describe("goalTracking", () => {
  it("stays silent without a target and date", () => {
    expect(run(goalTracking(), analysed(uniformScenario()))).toEqual([]);
    expect(run(goalTracking(), analysed(uniformScenario({ target: 40 })))).toEqual([]);
  });

  it("says how much is needed per month when the trend falls short", () => {
    const model = analysed(dropScenario({ target: 40 }), { targetDate: "2027-03-31" });
    const [made] = run(goalTracking(), model);
    // 15 now, 40 due in March 2027: 5 months left, 5 points a month; the trend has only 2 points.
    expect(made?.title).toBe("Speed up: reaching 40 by 31 March 2027 needs +5.0 points per month");
    expect(made?.rationale).toContain("25 points below the target of 40");
    expect(made?.rationale).toContain("The trend is too short to say");
  });

  it("holds when the target is met", () => {
    const model = analysed(uniformScenario({ target: 20 }), { targetDate: "2027-03-31" });
    const [made] = run(goalTracking(), model);
    expect(made?.title).toBe("Hold the NPS above the target of 20");
    expect(made?.priority).toBe(15);
  });
});
