import { describe, expect, it } from "vitest";
import { fixtureModel } from "../../test/fixtureModel.js";
import { reportContext } from "../../test/reportContext.js";
import { distributionChart } from "./distributionChart.js";

describe("distributionChart", () => {
  it("wraps the SVG in a labelled figure with a title and a description from the data", async () => {
    const html = distributionChart(await reportContext(fixtureModel("en"))).toHtml();
    expect(html).toMatch(
      /^<figure class="chart" id="chart-distribution" role="img" aria-labelledby="chart-distribution-title" aria-describedby="chart-distribution-desc">/,
    );
    expect(html).toContain(
      '<figcaption class="chart-title" id="chart-distribution-title">Answers by score</figcaption>',
    );
    expect(html).toContain(
      '<p class="chart-desc" id="chart-distribution-desc">Of 196 answered responses, 100 (51%) gave 9 or 10, 61 (31%) 7 or 8, and 35 (18%) 0 to 6. The most frequent score was 10 (59 answers).</p>',
    );
  });

  it("sets the brand font on every text and colours bars by category", async () => {
    const ctx = await reportContext(fixtureModel("ru"));
    const { svg } = distributionChart(ctx);
    const texts = svg.match(/<text [^>]*>/g) ?? [];
    expect(texts.length).toBeGreaterThan(11);
    for (const text of texts) expect(text).toContain("font-family:'Inter', sans-serif");
    for (const category of ["promoter", "passive", "detractor"] as const) {
      expect(svg).toContain(`fill="${ctx.brand.colors[category]}"`);
    }
  });

  it("says so when nothing was answered", async () => {
    expect(distributionChart(await reportContext(fixtureModel("empty"))).description).toBe(
      "В этом периоде нет ответов.",
    );
  });
});
