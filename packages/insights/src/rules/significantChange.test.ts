import { describe, expect, it } from "vitest";
import { analysed, dropScenario, run, uniformScenario } from "../__fixtures__/scenario.js";
import { significantChange } from "./significantChange.js";

describe("significantChange", () => {
  it("stays silent when nothing changed", () => {
    const model = analysed(uniformScenario());
    expect(model.change?.difference).toBe(0);
    expect(run(significantChange(), model)).toEqual([]);
  });

  it("fires on the injected Europe drop, naming the region", () => {
    const model = analysed(dropScenario());
    const [made] = run(significantChange(), model);
    expect(made).toMatchObject({ id: "significant-change", area: "product", subject: { kind: "overall" } });
    expect(made?.title).toBe("Investigate the 15-point fall in NPS since September 2026");
    expect(made?.rationale).toMatch(/^NPS fell from 30 in September 2026 to 15 \(−15 points, p = 0\.\d{3}\)/);
    expect(made?.rationale).toContain("Europe (region) lags most now: NPS −30, −45 against the overall");
    expect(made?.references.slice(0, 3)).toEqual(["/change", "/overall", "/previous"]);
    expect(made?.priority).toBe(75);
  });

  it("speaks Russian", () => {
    const model = analysed(dropScenario({ locale: "ru" }));
    const [made] = run(significantChange(), model);
    expect(made?.title).toBe("Разберитесь в снижении NPS на 15 п. с периода «сентябрь 2026 г.»");
    expect(made?.rationale).toContain("Сильнее всего сейчас отстаёт Europe (region)");
  });
});
