import { describe, expect, it } from "vitest";
import { bundledFont } from "../brand/bundledFont.js";
import { renderEChart } from "./renderEChart.js";
import { createTextMeasurer } from "./textMeasurer.js";

const measureText = createTextMeasurer(bundledFont("Inter"));
const option = {
  textStyle: { fontFamily: "'Inter', sans-serif" },
  xAxis: { type: "category", data: ["Европа", "<b>&amp;"] },
  yAxis: { type: "value" },
  series: [{ type: "line", data: [3, null, 5], areaStyle: {} }],
};

describe("renderEChart", () => {
  it("returns inline SVG without namespace URLs, hover styles or process-dependent ids", () => {
    const svg = renderEChart(option, { id: "c1", width: 320, height: 160, measureText });
    expect(svg.startsWith('<svg aria-hidden="true" focusable="false" width="320" height="160"')).toBe(true);
    expect(svg).not.toMatch(/https?:/);
    expect(svg).not.toContain("<style");
    expect(svg).not.toMatch(/\bzr\d+-/);
    expect(svg).toContain('clip-path="url(#c1-c0)"');
    expect(svg).toContain("font-family:'Inter', sans-serif");
  });

  it("escapes label text (ECharts writes text content escaped)", () => {
    const svg = renderEChart(option, { id: "c1", width: 320, height: 160, measureText });
    expect(svg).toContain("&lt;b&gt;&amp;amp;");
    expect(svg).not.toContain("<b>");
  });

  it("is deterministic: the same option gives the same SVG, whatever ran before", () => {
    const first = renderEChart(option, { id: "c1", width: 320, height: 160, measureText });
    renderEChart(
      { ...option, series: [{ type: "bar", data: [1, 2] }] },
      { id: "other", width: 100, height: 50, measureText },
    );
    expect(renderEChart(option, { id: "c1", width: 320, height: 160, measureText })).toBe(first);
  });
});
