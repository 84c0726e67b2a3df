import { BarChart, LineChart, ScatterChart } from "echarts/charts";
import { GridComponent, MarkLineComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import type { TextMeasurer } from "./textMeasurer.js";

echarts.use([BarChart, LineChart, ScatterChart, GridComponent, MarkLineComponent, SVGRenderer]);

/** The measurer of the chart being rendered: ECharts' platform API is global, rendering is synchronous. */
let current: TextMeasurer | undefined;
let installed = false;

/** Options of {@link renderEChart}. */
export interface RenderEChartOptions {
  /** Unique prefix for the SVG's ids (clip paths), so several charts can share one HTML document. */
  readonly id: string;
  readonly width: number;
  readonly height: number;
  /** Real text widths, from the font the SVG will be shown in. */
  readonly measureText: TextMeasurer;
}

/**
 * Renders an ECharts option to an SVG string on the server (no DOM): SVG renderer, SSR, no animation, the
 * instance always disposed (an undisposed one keeps the process alive). The SVG is cleaned for inline use
 * in HTML: no namespace URLs (inline SVG needs none, and a report contains no URL), no hover styles (print),
 * ids prefixed with `id` instead of ECharts' per-process counter, so output is byte-identical across runs.
 *
 * @example
 * renderEChart({ xAxis: { type: "category", data: ["a"] }, yAxis: {}, series: [{ type: "bar", data: [1] }] },
 *   { id: "c1", width: 300, height: 150, measureText }) // "<svg width=\"300\" …"
 */
export function renderEChart(option: echarts.EChartsCoreOption, options: RenderEChartOptions): string {
  if (!installed) {
    // ECharts estimates text widths (every non-ASCII character as 1 em); give it the font's real metrics.
    echarts.setPlatformAPI({
      measureText: (text: string, font?: string) => (current ?? fallbackMeasure)(text, font ?? ""),
    });
    installed = true;
  }
  current = options.measureText;
  const chart = echarts.init(null, null, {
    renderer: "svg",
    ssr: true,
    width: options.width,
    height: options.height,
  });
  try {
    chart.setOption({ ...option, animation: false });
    return cleanSvg(chart.renderToSVGString(), options.id);
  } finally {
    chart.dispose();
    current = undefined;
  }
}

/** Only reached if ECharts measures outside a render; keeps its own rough rule. */
const fallbackMeasure: TextMeasurer = (text, font) => ({
  width: text.length * Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? 12) * 0.6,
});

function cleanSvg(svg: string, id: string): string {
  return svg
    .replace(/\s(?:xmlns(?::xlink)?|version|baseProfile)="[^"]*"/g, "")
    .replace(/^<svg /, '<svg aria-hidden="true" focusable="false" ')
    .replace(/<style\b[\s\S]*?<\/style>\s*/g, "")
    .replace(/\sclass="zr\d+-cls-\d+"/g, "")
    .replace(/\bzr\d+-/g, `${id}-`)
    .replace(/\n+/g, "\n")
    .trim();
}
