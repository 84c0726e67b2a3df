import { describe, expect, it } from "vitest";
import { dropScenario, uniformScenario } from "./__fixtures__/scenario.js";
import { analyseInsights } from "./analyseInsights.js";

describe("analyseInsights", () => {
  it("fills every part of the insights, leaving the input model as it was", () => {
    const { model, data, pool } = dropScenario({ target: 40 });
    const result = analyseInsights(model, {
      data,
      comments: pool,
      settings: {
        targetDate: "2027-03-31",
        benchmark: { name: "SaaS", source: "Acme", year: 2025, example: true, mean: 30 },
      },
    });
    expect(model.insights).toBeUndefined();
    const insights = result.insights!;
    expect(insights.drivers.map((driver) => driver.name)).toEqual(["support", "speed", "price"]);
    expect(insights.followUp).toMatchObject({ detractors: 165, consenting: 33, contacts: [] });
    expect(insights.goal).toMatchObject({ target: 40, periodsLeft: 5 });
    expect(insights.benchmark).toMatchObject({ example: true, position: "below" });
    expect(Array.isArray(insights.themes)).toBe(true);
  });

  it("puts contacts in only when names are enabled", () => {
    const { model, data } = dropScenario();
    const result = analyseInsights(model, { data, settings: { followUp: { names: true } } });
    expect(result.insights?.followUp?.contacts).toHaveLength(33);
    expect(result.insights?.followUp?.contacts[0]).toMatchObject({ name: expect.stringMatching(/^Person/) });
  });

  it("leaves parts without data empty", () => {
    const { model } = uniformScenario();
    expect(analyseInsights(model).insights).toEqual({
      themes: [],
      distinctiveTerms: [],
      drivers: [],
      followUp: null,
      goal: null,
      benchmark: null,
    });
  });
});
