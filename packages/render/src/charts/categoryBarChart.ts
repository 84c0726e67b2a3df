import type { Category } from "./categoryOfScore.js";
import type { ChartContext } from "./chartContext.js";
import { ChartFigure } from "./chartFigure.js";
import { chartTextStyle } from "./chartStyle.js";
import { renderEChart } from "./renderEChart.js";
import { textOnFill } from "./textOnFill.js";

const CATEGORIES: readonly { category: Category; key: "promoters" | "passives" | "detractors" }[] = [
  { category: "promoter", key: "promoters" },
  { category: "passive", key: "passives" },
  { category: "detractor", key: "detractors" },
];

/**
 * One horizontal bar split into promoters, passives and detractors. Widths are the exact shares; the labels
 * are the displayed (rounded) percentages, so they match every other place the report prints them. A slice
 * too narrow for its label shows only the number, or nothing (the description and the legend still say it).
 */
export function categoryBarChart(ctx: ChartContext): ChartFigure {
  const { model, brand, t, format } = ctx;
  const { shares, displayedShares } = model.overall;
  const id = "chart-categories";
  const decimals = model.method.rounding.decimals;
  const svg = renderEChart(
    {
      textStyle: chartTextStyle(brand),
      grid: { left: 0, right: 0, top: 0, bottom: 0 },
      xAxis: { type: "value", show: false, min: 0, max: 100 },
      yAxis: { type: "category", show: false, data: [""] },
      series: CATEGORIES.map(({ category, key }) => {
        const share = shares === null ? 0 : shares[key] * 100;
        const shown = displayedShares === null ? 0 : displayedShares[key];
        const name = t(`categories.${category}.plural`);
        return {
          type: "bar",
          stack: "share",
          barWidth: 30,
          data: [share],
          itemStyle: { color: brand.colors[category] },
          label: {
            show: share >= 4,
            position: "inside",
            fontSize: 11,
            fontWeight: brand.font.strongWeight,
            color: textOnFill(brand.colors[category]),
            formatter: () =>
              share >= 16 ? `${name} ${format.percent(shown, decimals)}` : format.percent(shown, decimals),
          },
        };
      }),
    },
    { id, width: ctx.width, height: 30, measureText: ctx.measureText },
  );
  const description =
    shares === null || displayedShares === null
      ? t("charts.categories.empty")
      : t("charts.categories.description", {
          count: model.overall.answered,
          promoterShare: format.percent(displayedShares.promoters, decimals),
          passiveShare: format.percent(displayedShares.passives, decimals),
          detractorShare: format.percent(displayedShares.detractors, decimals),
        });
  return new ChartFigure(id, t("charts.categories.title"), description, svg);
}
