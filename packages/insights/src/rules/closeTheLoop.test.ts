import { describe, expect, it } from "vitest";
import { analysed, dropScenario, run, uniformScenario } from "../__fixtures__/scenario.js";
import { closeTheLoop } from "./closeTheLoop.js";

describe("closeTheLoop", () => {
  it("stays silent when no detractor agreed to be contacted", () => {
    const model = analysed(uniformScenario());
    expect(model.insights?.followUp).toMatchObject({ detractors: 120, consenting: 0, oldest: null });
    expect(run(closeTheLoop(), model)).toEqual([]);
  });

  it("gives the counts and the oldest date, never a name", () => {
    const model = analysed(dropScenario());
    const [made] = run(closeTheLoop(), model);
    // Detractors in October: 3 × 30 + 75 = 165; every 5th of each region's consented: 6 + 6 + 6 + 15 = 33.
    expect(made?.title).toBe("Call back the 33 detractors who agreed to be contacted");
    expect(made?.rationale).toMatch(
      /^33 detractors out of 165 this period agreed .* The oldest answered on 1 October 2026\./,
    );
    expect(JSON.stringify(made)).not.toMatch(/Person|example\.com/);
    expect(made?.references).toEqual(["/insights/followUp", "/overall/detractors"]);
  });
});
