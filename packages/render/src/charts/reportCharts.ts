import { categoryBarChart } from "./categoryBarChart.js";
import type { ChartContext } from "./chartContext.js";
import type { ChartFigure } from "./chartFigure.js";
import { distributionChart } from "./distributionChart.js";
import { segmentChart } from "./segmentChart.js";
import { trendChart } from "./trendChart.js";

/** Every chart of the default report, ready for the templates' `svg` helper. */
export interface ReportCharts {
  /** Promoters / passives / detractors as one bar. */
  readonly categories: ChartFigure;
  /** Responses per score 0–10. */
  readonly distribution: ChartFigure;
  /** NPS over the trend periods with its interval band and the target. */
  readonly trend: ChartFigure;
  /** One dot-and-interval chart per segment table, in the model's order. */
  readonly segments: readonly ChartFigure[];
}

/**
 * Renders all charts of a report. Deterministic: the same model, brand and locale give the same SVG.
 */
export function reportCharts(ctx: ChartContext): ReportCharts {
  return {
    categories: categoryBarChart(ctx),
    distribution: distributionChart(ctx),
    trend: trendChart(ctx),
    segments: ctx.model.segments.map((table, index) => segmentChart(ctx, table, index)),
  };
}
