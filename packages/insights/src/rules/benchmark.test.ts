import { describe, expect, it } from "vitest";
import { analysed, dropScenario, run, uniformScenario } from "../__fixtures__/scenario.js";
import { benchmark } from "./benchmark.js";

const peers = {
  name: "SaaS",
  source: "Acme Research",
  year: 2025,
  example: false,
  quartiles: { q1: 40, median: 50, q3: 60 },
};

describe("benchmark", () => {
  it("stays silent without a benchmark", () => {
    expect(run(benchmark(), analysed(uniformScenario()))).toEqual([]);
  });

  it("places the NPS, citing source and year", () => {
    const [made] = run(benchmark(), analysed(dropScenario(), { benchmark: peers }));
    expect(made?.title).toBe("NPS is below the SaaS benchmark");
    expect(made?.rationale).toMatch(/is below SaaS: quartiles 40 \/ 50 \/ 60 \(Acme Research, 2025\)\.$/);
    expect(made?.priority).toBe(50);
  });

  it("says when the benchmark is an example", () => {
    const [made] = run(
      benchmark(),
      analysed(uniformScenario(), {
        benchmark: { ...peers, example: true, quartiles: { q1: 20, median: 30, q3: 40 } },
      }),
    );
    expect(made?.title).toBe("[Example] NPS is in line with the SaaS benchmark");
    expect(made?.rationale).toMatch(/^Example benchmark with made-up numbers, not real figures: /);
  });
});
