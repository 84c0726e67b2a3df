import type { ReportModel } from "@npskit/core";
import { describe, expect, it } from "vitest";
import { analysed, dropScenario, group, run, scenario, uniformScenario } from "../__fixtures__/scenario.js";
import { significantChange } from "./significantChange.js";

/** The model as it was before segment rows had `previous` (an older ReportModel JSON). */
function withoutPrevious(model: ReportModel): ReportModel {
  const copy = structuredClone(model);
  for (const table of copy.segments) for (const row of table.rows) delete row.previous;
  return copy;
}

/**
 * A pure mix shift: Europe (NPS 50) and APAC (NPS −30) keep their scores, APAC grows from 100 of 400 answers
 * to 300 of 400. N0 = (300·50 − 100·30)/400 = 30, N1 = (100·50 − 300·30)/400 = −10, change −40, all mix:
 * APAC (¾ − ¼)(−30 − 30) = −30, Europe (¼ − ¾)(50 − 30) = −10, score effect 0.
 */
function mixScenario(locale: "en" | "ru" = "en") {
  return scenario(
    [
      ...group({
        month: "2026-09",
        segments: { region: "Europe" },
        promoters: 180,
        passives: 90,
        detractors: 30,
      }),
      ...group({
        month: "2026-09",
        segments: { region: "APAC" },
        promoters: 20,
        passives: 30,
        detractors: 50,
      }),
      ...group({
        month: "2026-10",
        segments: { region: "Europe" },
        promoters: 60,
        passives: 30,
        detractors: 10,
      }),
      ...group({
        month: "2026-10",
        segments: { region: "APAC" },
        promoters: 60,
        passives: 90,
        detractors: 150,
      }),
    ],
    { period: "2026-10", locale },
  );
}

describe("significantChange", () => {
  it("stays silent when nothing changed", () => {
    const model = analysed(uniformScenario());
    expect(model.change?.difference).toBe(0);
    expect(run(significantChange(), model)).toEqual([]);
  });

  it("stays silent when the change is not significant, even with the previous period on the rows", () => {
    const model = analysed(dropScenario());
    const quiet = structuredClone(model);
    quiet.change = { ...quiet.change!, significant: false };
    expect(quiet.segments[0]!.rows.every((row) => row.previous !== undefined)).toBe(true);
    expect(run(significantChange(), quiet)).toEqual([]);
  });

  it("names the injected Europe drop as the main score-effect contributor", () => {
    const model = analysed(dropScenario());
    const [made] = run(significantChange(), model);
    expect(made).toMatchObject({ id: "significant-change", area: "product", subject: { kind: "overall" } });
    expect(made?.title).toBe("Investigate the 15-point fall in NPS since September 2026");
    expect(made?.rationale).toMatch(/^NPS fell from 30 in September 2026 to 15 \(−15 points, p = 0\.\d{3}\)/);
    // Europe: weight ¼ in both months, NPS 30 → −30: score ¼ × (−60) = −15, mix 0; the other regions 0.
    expect(made?.rationale).toContain(
      "By region, most of the −15 points came from Europe (region): −15 points, mainly its own score " +
        "(NPS 30 → −30; score effect −15, mix effect 0).",
    );
    expect(made?.evidence).toContain(
      "By region: score effect −15.0 + mix effect 0.0 = −15.0 points (shift-share: Σ w1·(n1 − n0) + Σ (w1 − w0)·n0)",
    );
    expect(made?.evidence).toContain(
      "Europe (region): −15.0 points = score −15.0 (NPS 30 → −30) + mix 0.0 (25% → 25% of answers)",
    );
    const europe = model.segments[0]!.rows.findIndex((row) => row.value === "Europe");
    expect(made?.references).toEqual(["/change", "/overall", "/previous", `/segments/0/rows/${europe}`]);
    expect(made?.actions[0]).toContain("from Europe (region)");
    expect(made?.priority).toBe(75);
  });

  it("reports a low-NPS segment growing as a mix effect", () => {
    const model = analysed(mixScenario());
    expect(model.change?.significant).toBe(true);
    const [made] = run(significantChange(), model);
    expect(made?.title).toBe("Investigate the 40-point fall in NPS since September 2026");
    // APAC −30 of −40 (all mix); Europe's −10 is less than half of it, so APAC alone is named.
    expect(made?.rationale).toContain(
      "By region, most of the −40 points came from APAC (region): −30 points, mainly its share of the answers " +
        "(25% → 75% of answers at NPS −30; score effect 0, mix effect −30).",
    );
    expect(made?.evidence).toContain(
      "By region: score effect 0.0 + mix effect −40.0 = −40.0 points (shift-share: Σ w1·(n1 − n0) + Σ (w1 − w0)·n0)",
    );
    const apac = model.segments[0]!.rows.findIndex((row) => row.value === "APAC");
    expect(made?.references.at(-1)).toBe(`/segments/0/rows/${apac}`);
  });

  it("keeps a group that answered only last period in the total, and names two close contributors", () => {
    // September: Europe 100 at NPS 50, APAC 100 at 50, Africa 100 at 50 (N0 50). October: Europe 100 at −10,
    // APAC 100 at 0 (N1 −5). Weights ⅓ → ½. Europe: mix (½ − ⅓)(50 − 50) = 0, score ½ × (−60) = −30;
    // APAC: score ½ × (−50) = −25; Africa vanished: −⅓ × (50 − 50) = 0. Sum −55 = the change.
    const mix50 = { promoters: 60, passives: 30, detractors: 10 };
    const { model } = scenario(
      [
        ...group({ month: "2026-09", segments: { region: "Europe" }, ...mix50 }),
        ...group({ month: "2026-09", segments: { region: "APAC" }, ...mix50 }),
        ...group({ month: "2026-09", segments: { region: "Africa" }, ...mix50 }),
        ...group({
          month: "2026-10",
          segments: { region: "Europe" },
          promoters: 30,
          passives: 30,
          detractors: 40,
        }),
        ...group({
          month: "2026-10",
          segments: { region: "APAC" },
          promoters: 30,
          passives: 40,
          detractors: 30,
        }),
      ],
      { period: "2026-10" },
    );
    const [made] = run(significantChange(), model);
    expect(made?.rationale).toContain(
      "By region, most of the −55 points came from Europe (region): −30 points, mainly its own score " +
        "(NPS 50 → −10; score effect −30, mix effect 0); then APAC (region): −25 points, mainly its own score " +
        "(NPS 50 → 0; score effect −25, mix effect 0).",
    );
    expect(made?.evidence).toContain(
      "By region: score effect −55.0 + mix effect 0.0 = −55.0 points (shift-share: Σ w1·(n1 − n0) + Σ (w1 − w0)·n0)",
    );
  });

  it("without the previous period on the rows, names where the score stands now (as before)", () => {
    const model = withoutPrevious(analysed(dropScenario()));
    const [made] = run(significantChange(), model);
    expect(made?.rationale).toContain("Europe (region) lags most now: NPS −30, −45 against the overall");
    expect(made?.references.slice(0, 3)).toEqual(["/change", "/overall", "/previous"]);
    expect(made?.evidence.some((line) => line.startsWith("By region:"))).toBe(false);
  });

  it("speaks Russian", () => {
    const model = analysed(dropScenario({ locale: "ru" }));
    const [made] = run(significantChange(), model);
    expect(made?.title).toBe("Разберитесь в снижении NPS на 15 п. с предыдущего периода (сентябрь 2026 г.)");
    expect(made?.rationale).toContain(
      "По измерению «регион» больше всего в изменение на −15 п. внесла группа Europe (регион): −15 п., " +
        "главным образом за счёт оценок группы (NPS 30 → −30; эффект оценок −15, эффект структуры 0).",
    );
    const mix = run(significantChange(), analysed(mixScenario("ru")))[0];
    expect(mix?.rationale).toContain(
      "главным образом за счёт доли группы в ответах (25\u00a0% → 75\u00a0% ответов при NPS −30",
    );
    const old = run(significantChange(), withoutPrevious(model))[0];
    expect(old?.rationale).toContain("Сильнее всего сейчас отстаёт Europe (регион)");
  });
});
