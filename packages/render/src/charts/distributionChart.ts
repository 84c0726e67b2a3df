import { categoryOfScore } from "./categoryOfScore.js";
import type { ChartContext } from "./chartContext.js";
import { ChartFigure } from "./chartFigure.js";
import { CHART_GREYS, chartTextStyle } from "./chartStyle.js";
import { readableOnWhite } from "./readableOnWhite.js";
import { renderEChart } from "./renderEChart.js";

/**
 * Bars of the 0–10 scores of the report period, each coloured by its category (detractor, passive,
 * promoter) with its count above it; the score labels are coloured the same way, so the chart needs no legend
 * of its own.
 */
export function distributionChart(ctx: ChartContext): ChartFigure {
  const { model, brand, t, format } = ctx;
  const counts = model.distribution.counts;
  const overall = model.overall;
  const id = "chart-distribution";
  const svg = renderEChart(
    {
      textStyle: chartTextStyle(brand),
      grid: { left: 8, right: 8, top: 22, bottom: 26 },
      xAxis: {
        type: "category",
        data: counts.map((_, score) => ({
          value: String(score),
          // A pale category colour (passives are often a light grey) is darkened for text only.
          textStyle: {
            color: readableOnWhite(brand.colors[categoryOfScore(score)]),
            fontWeight: brand.font.strongWeight,
          },
        })),
        axisTick: { show: false },
        axisLine: { lineStyle: { color: CHART_GREYS.axis } },
        axisLabel: { fontSize: 11, margin: 9 },
      },
      yAxis: { type: "value", show: false },
      series: [
        {
          type: "bar",
          barCategoryGap: "28%",
          data: counts.map((count, score) => ({
            value: count,
            itemStyle: { color: brand.colors[categoryOfScore(score)], borderRadius: [2, 2, 0, 0] },
          })),
          label: {
            show: true,
            position: "top",
            distance: 4,
            fontSize: 10,
            color: CHART_GREYS.text,
            formatter: (params: { value: unknown }) => format.integer(Number(params.value)),
          },
        },
      ],
    },
    { id, width: ctx.width, height: 190, measureText: ctx.measureText },
  );
  const mode = counts.reduce((best, count, score) => (count > (counts[best] ?? 0) ? score : best), 0);
  const description =
    overall.answered === 0 || overall.shares === null
      ? t("charts.distribution.empty")
      : t("charts.distribution.description", {
          count: overall.answered,
          promoters: overall.promoters,
          passives: overall.passives,
          detractors: overall.detractors,
          promoterShare: format.share(overall.shares.promoters),
          passiveShare: format.share(overall.shares.passives),
          detractorShare: format.share(overall.shares.detractors),
          mode: String(mode),
          modeCount: counts[mode] ?? 0,
        });
  return new ChartFigure(id, t("charts.distribution.title"), description, svg);
}
