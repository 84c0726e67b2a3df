import type { Formatter } from "@npskit/core";
import { CHART_GREYS } from "./chartStyle.js";

/**
 * The ECharts value axis of an NPS scale, shared by the trend (vertical) and the segment charts
 * (horizontal): the range from `axisRange`, a tick every 10 points (20 when the range is wider than 100),
 * labels in the report's number format, light grid lines.
 *
 * @example
 * npsValueAxis({ min: -10, max: 50 }, format) // { type: "value", min: -10, max: 50, interval: 10, … }
 */
export function npsValueAxis(range: { readonly min: number; readonly max: number }, format: Formatter) {
  return {
    type: "value" as const,
    min: range.min,
    max: range.max,
    interval: range.max - range.min > 100 ? 20 : 10,
    axisLabel: {
      fontSize: 10,
      color: CHART_GREYS.muted,
      formatter: (value: number) => format.integer(value),
    },
    splitLine: { lineStyle: { color: CHART_GREYS.grid } },
  };
}
