import { describe, expect, it } from "vitest";
import { analysed, dropScenario, run, uniformScenario } from "../__fixtures__/scenario.js";
import { laggingSegments } from "./laggingSegments.js";

describe("laggingSegments", () => {
  it("stays silent when every segment scores the same", () => {
    expect(run(laggingSegments(), analysed(uniformScenario()))).toEqual([]);
  });

  it("names the region that lags, with the gain closing the gap would bring", () => {
    const model = analysed(dropScenario());
    const made = run(laggingSegments(), model);
    expect(made.map((item) => item.id)).toEqual(["lagging-segment/region=Europe"]);
    expect(made[0]).toMatchObject({
      area: "product",
      subject: { kind: "segment", dimension: "region", value: "Europe" },
      title: "Close the 60-point gap of Europe (region)",
    });
    // Europe −30 vs the rest 30: 25 % of the answers × 60 points = 15 points on the overall NPS.
    expect(made[0]?.rationale).toContain("closing the gap would lift the overall NPS by about 15.0 points");
    expect(made[0]?.priority).toBe(90);
  });

  it("treats service dimensions as training", () => {
    const model = analysed(dropScenario());
    const made = run(laggingSegments({ training: /region/ }), model);
    expect(made[0]?.area).toBe("training");
  });
});
