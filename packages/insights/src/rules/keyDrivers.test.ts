import { describe, expect, it } from "vitest";
import { analysed, dropScenario, run, uniformScenario } from "../__fixtures__/scenario.js";
import { keyDrivers } from "./keyDrivers.js";

describe("keyDrivers", () => {
  it("stays silent when the ratings do not go with the score", () => {
    const model = analysed(uniformScenario());
    expect(model.insights?.drivers.every((driver) => Math.abs(driver.correlation ?? 0) < 0.2)).toBe(true);
    expect(run(keyDrivers(), model)).toEqual([]);
  });

  it("flags support: the most important driver and the lowest rated", () => {
    const made = run(keyDrivers(), analysed(dropScenario()));
    expect(made.map((item) => item.id)).toEqual(["key-driver/support"]);
    expect(made[0]?.title).toBe("Improve support: it moves the score most and is rated lowest");
    expect(made[0]?.rationale).toMatch(
      /^Ratings of support go with the recommendation score \(r = 0\.\d\d, \d+% /,
    );
    expect(made[0]?.references).toEqual(["/insights/drivers/0"]);
  });

  it("stays silent without drivers", () => {
    const model = analysed(dropScenario());
    expect(run(keyDrivers(), { ...model, insights: { ...model.insights!, drivers: [] } })).toEqual([]);
  });
});
