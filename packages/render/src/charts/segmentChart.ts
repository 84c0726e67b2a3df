import type { ReportSegmentTable } from "@npskit/core";
import { dimensionLabel } from "../html/dimensionLabel.js";
import { significanceMark } from "../html/significanceMark.js";
import type { ChartContext } from "./chartContext.js";
import { ChartFigure } from "./chartFigure.js";
import { axisRange, CHART_GREYS, chartTextStyle } from "./chartStyle.js";
import { npsValueAxis } from "./npsValueAxis.js";
import { renderEChart } from "./renderEChart.js";

const ROW_HEIGHT = 21;
const LABEL_SIZE = 11;
/** Most groups one chart shows. */
export const MAX_ROWS = 15;

/**
 * A dot-and-interval chart of one segment dimension: each value's NPS as a dot on its confidence interval
 * (a transparent bar up to the low bound stacked under a thin bar to the high bound), the overall NPS as a
 * dashed line; a group that differs significantly from the rest has its dot in the promoter or detractor
 * colour, like its mark in the table. At most {@link MAX_ROWS} groups, the largest. Groups without answers are left out of the chart (the table lists them). Long segment names
 * are cut with an ellipsis at a width measured in the brand font, so they never run into the plot.
 */
export function segmentChart(ctx: ChartContext, table: ReportSegmentTable, index: number): ChartFigure {
  const { model, brand, t, format } = ctx;
  const decimals = model.method.rounding.decimals;
  // The model lists the largest groups first; a chart of more than MAX_ROWS would not fit a page (the
  // table below it lists every group).
  const answered = table.rows.filter((row) => row.result.interval !== null && row.result.nps !== null);
  const rows = answered.slice(0, MAX_ROWS);
  const labels = rows.map((row) => row.value ?? t("segments.noValue"));
  const id = `chart-segment-${index}`;
  const overall = model.overall.nps;
  // One scale for every dimension's chart, so that the charts of a report can be compared at a glance.
  const range = axisRange([
    ...model.segments.flatMap((other) =>
      other.rows.flatMap((row) =>
        row.result.interval === null ? [] : [row.result.interval.low, row.result.interval.high],
      ),
    ),
    ...(overall === null ? [] : [overall]),
    0,
  ]);
  // Room for the longest label of any dimension, measured in the brand font (so every chart's plot starts
  // at the same x and the shared scale lines up), but never more than a third of the width.
  const allLabels = model.segments.flatMap((other) =>
    other.rows.map((row) => row.value ?? t("segments.noValue")),
  );
  const widest = Math.max(0, ...allLabels.map((label) => ctx.measureText(label, `${LABEL_SIZE}px x`).width));
  // +2: ECharts truncates at width − 1, and a label that fits must never lose its last letter.
  const labelWidth = Math.ceil(Math.min(widest, ctx.width / 3)) + 2;
  const svg = renderEChart(
    {
      textStyle: chartTextStyle(brand),
      grid: { left: labelWidth + 14, right: 16, top: 20, bottom: 20 },
      yAxis: {
        type: "category",
        inverse: true,
        data: labels,
        axisTick: { show: false },
        axisLine: { show: false },
        axisLabel: { fontSize: LABEL_SIZE, color: CHART_GREYS.text, width: labelWidth, overflow: "truncate" },
      },
      xAxis: npsValueAxis(range, format),
      series: [
        {
          type: "bar",
          stack: "interval",
          stackStrategy: "all",
          silent: true,
          barWidth: 6,
          itemStyle: { color: "transparent" },
          data: rows.map((row) => row.result.interval?.low ?? 0),
        },
        {
          type: "bar",
          stack: "interval",
          stackStrategy: "all",
          silent: true,
          barWidth: 6,
          itemStyle: { color: brand.colors.primary, opacity: 0.22, borderRadius: 3 },
          data: rows.map((row) =>
            row.result.interval ? row.result.interval.high - row.result.interval.low : 0,
          ),
        },
        {
          type: "scatter",
          symbolSize: 10,
          itemStyle: { color: brand.colors.primary, borderColor: "#ffffff", borderWidth: 1.5 },
          label: {
            show: true,
            // Beside the dot, not above it: the overall line's label has the space above the first row.
            position: "right",
            distance: 5,
            fontSize: 10,
            fontWeight: brand.font.strongWeight,
            color: brand.colors.primary,
            // A white plate keeps the value legible where the overall line passes through it.
            // Not a stroked halo: Chromium prints stroked text as a Type 3 font.
            backgroundColor: "#ffffff",
            padding: [0, 2],
            borderRadius: 2,
            formatter: (params: { dataIndex: number }) =>
              format.decimal(rows[params.dataIndex]?.result.displayed ?? 0, decimals),
          },
          // A group that differs significantly from the rest gets the colour of its table mark.
          data: rows.map((row) => {
            const mark = significanceMark(row.versusRest);
            const color =
              mark === "up" ? brand.colors.promoter : mark === "down" ? brand.colors.detractor : undefined;
            return color === undefined ? row.result.nps : { value: row.result.nps, itemStyle: { color } };
          }),
          markLine:
            overall === null
              ? undefined
              : {
                  silent: true,
                  symbol: "none",
                  lineStyle: { color: CHART_GREYS.muted, type: [4, 3], width: 1 },
                  label: {
                    // The y axis is inverted (largest group on top), so the line starts at the top.
                    position: "start",
                    distance: 2,
                    fontSize: 10,
                    color: CHART_GREYS.muted,
                    formatter: () =>
                      t("charts.segment.overall", {
                        nps: format.decimal(model.overall.displayed ?? 0, decimals),
                      }),
                  },
                  data: [{ xAxis: overall }],
                },
        },
      ],
    },
    {
      id,
      width: ctx.width,
      height: 40 + ROW_HEIGHT * Math.max(1, rows.length),
      measureText: ctx.measureText,
    },
  );
  const level = format.level(model.method.interval.level);
  const items = rows.map((row, i) =>
    t("charts.segment.item", {
      name: labels[i] ?? "",
      nps: format.decimal(row.result.displayed ?? 0, decimals),
      low: format.decimal(row.result.interval?.low ?? 0, decimals),
      high: format.decimal(row.result.interval?.high ?? 0, decimals),
    }),
  );
  const description =
    rows.length === 0
      ? t("charts.segment.empty")
      : t("charts.segment.description", {
          dimension: dimensionLabel(t, table.dimension),
          level,
          items: items.join("; "),
          overall: format.decimal(model.overall.displayed ?? 0, decimals),
        }) +
        (answered.length > rows.length
          ? ` ${t("charts.segment.largest", { shown: rows.length, count: answered.length })}`
          : "");
  return new ChartFigure(
    id,
    t("charts.segment.title", { dimension: dimensionLabel(t, table.dimension) }),
    description,
    svg,
  );
}
