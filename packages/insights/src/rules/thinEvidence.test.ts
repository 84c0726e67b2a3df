import { describe, expect, it } from "vitest";
import { analysed, group, run, scenario, uniformScenario } from "../__fixtures__/scenario.js";
import { thinEvidence } from "./thinEvidence.js";

describe("thinEvidence", () => {
  it("stays silent when the NPS is known to ±10 points (600 answers)", () => {
    const model = analysed(uniformScenario());
    expect(model.overall.marginOfError).toBeLessThan(10);
    expect(run(thinEvidence(), model)).toEqual([]);
  });

  it("fires on 40 answers, with the answers needed for ±5 and the thin segments", () => {
    const responses = [
      ...group({
        month: "2026-10",
        segments: { region: "Europe" },
        promoters: 15,
        passives: 10,
        detractors: 5,
      }),
      ...group({ month: "2026-10", segments: { region: "APAC" }, promoters: 5, passives: 3, detractors: 2 }),
    ];
    const model = analysed(scenario(responses, { period: "2026-10" }));
    const [made] = run(thinEvidence(), model);
    expect(made).toMatchObject({ id: "thin-evidence", rule: "npskit:thin-evidence", area: "feedback" });
    expect(made?.title).toMatch(/^Collect more feedback: the NPS is only known to ±\d+ points$/);
    // 40 answers, NPS 32.5; sampleSizeForMargin for ±5 with these shares.
    expect(made?.rationale).toContain("rests on 40 answers");
    expect(made?.evidence.some((line) => line.startsWith("Under-sampled: APAC (region), 10 answers"))).toBe(
      true,
    );
    expect(made?.references).toEqual(["/overall", "/segments/0/rows/1", "/segments/0/rows/0"]);
    expect(made?.actions.length).toBeGreaterThanOrEqual(2);
    expect(made?.actions.length).toBeLessThanOrEqual(4);
  });

  it("speaks Russian", () => {
    const responses = group({ month: "2026-10", promoters: 5, passives: 3, detractors: 2 });
    const model = analysed(scenario(responses, { period: "2026-10", locale: "ru" }));
    const [made] = run(thinEvidence(), model);
    expect(made?.title).toMatch(/^Соберите больше отзывов/);
    expect(made?.rationale).toContain("ответов с оценкой: 10");
  });
});
