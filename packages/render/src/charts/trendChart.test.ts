import { describe, expect, it } from "vitest";
import { fixtureModel } from "../../test/fixtureModel.js";
import { reportContext } from "../../test/reportContext.js";
import { trendChart } from "./trendChart.js";

/** The `d` of the NPS line: the only path stroked in the primary colour at width 2. */
function npsLine(svg: string, primary: string): string {
  const match = new RegExp(`<path d="([^"]+)" fill="none"[^>]*stroke="${primary}" stroke-width="2"`).exec(
    svg,
  );
  if (match?.[1] === undefined) throw new Error("no NPS line in the SVG");
  return match[1];
}

describe("trendChart", () => {
  it("draws one unbroken line when every period has answers, with the target line and its label", async () => {
    const ctx = await reportContext(fixtureModel("en"));
    const figure = trendChart(ctx);
    expect(npsLine(figure.svg, ctx.brand.colors.primary).match(/M/g)).toHaveLength(1);
    expect(figure.svg).toContain(">Target 30</text>");
    expect(figure.svg).toContain(`stroke="${ctx.brand.colors.accent}"`); // the dashed target line
    expect(figure.svg).toContain("stroke-dasharray");
  });

  it("leaves gaps for periods without answers instead of drawing them as zero", async () => {
    const ctx = await reportContext(fixtureModel("empty"));
    const figure = trendChart(ctx);
    // Period 5 of 12 and the last one have no answers: the line breaks once, and ends before the last period.
    expect(npsLine(figure.svg, ctx.brand.colors.primary).match(/M/g)).toHaveLength(2);
    expect(figure.description).toContain("Нет ответов в 2 периодах: март 2026\u00a0г., октябрь 2026\u00a0г.");
    expect(figure.description.endsWith("г.")).toBe(true);
  });

  it("draws the interval band as a filled area in the primary colour", async () => {
    const ctx = await reportContext(fixtureModel("en"));
    expect(trendChart(ctx).svg).toMatch(new RegExp(`fill="${ctx.brand.colors.primary}" fill-opacity="0.12"`));
  });

  it("describes the series in words, in the report's language", async () => {
    expect(trendChart(await reportContext(fixtureModel("en"))).description).toMatchInlineSnapshot(
      `"NPS with its 95% confidence interval (shaded). It was 23 in November 2025 and 33 in October 2026; lowest 3 in August 2026, highest 35 in June 2026. The dashed line is the target of 30."`,
    );
    expect(trendChart(await reportContext(fixtureModel("ru"))).description).toMatchInlineSnapshot(
      `"Индекс NPS с доверительным интервалом 95 % (заливка). В начале ряда (ноябрь 2025 г.) — 23, в конце (октябрь 2026 г.) — 33; минимум 3 (август 2026 г.), максимум 35 (июнь 2026 г.). Пунктирная линия — цель 30."`,
    );
  });

  it("labels months compactly, with the year on the first point and in January", async () => {
    const figure = trendChart(await reportContext(fixtureModel("ru")));
    const labels = [...figure.svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(labels).toContain("нояб.");
    expect(labels).toContain("2025");
    expect(labels).toContain("янв.");
    expect(labels).toContain("2026");
  });
});
