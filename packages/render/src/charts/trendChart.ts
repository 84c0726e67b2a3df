import { periodText } from "../html/periodText.js";
import { axisPeriodLabel } from "./axisPeriodLabel.js";
import type { ChartContext } from "./chartContext.js";
import { ChartFigure } from "./chartFigure.js";
import { axisRange, CHART_GREYS, chartTextStyle } from "./chartStyle.js";
import { npsValueAxis } from "./npsValueAxis.js";
import { renderEChart } from "./renderEChart.js";

/**
 * NPS over the trend periods: the line of exact values with the displayed value at each point, the
 * confidence interval as a band (two stacked areas: the low bound, invisible, then high − low, filled),
 * the target as a dashed line, and periods without answers as gaps — never as zero.
 */
export function trendChart(ctx: ChartContext): ChartFigure {
  const { model, brand, t, format } = ctx;
  const points = model.trend;
  const locale = model.locale;
  const id = "chart-trend";
  const decimals = model.method.rounding.decimals;
  const bounds = points.flatMap((p) => (p.interval === null ? [] : [p.interval.low, p.interval.high]));
  const range = axisRange([...bounds, ...(model.target === null ? [] : [model.target]), 0]);
  const band = {
    stack: "band",
    stackStrategy: "all",
    symbol: "none",
    lineStyle: { opacity: 0 },
    silent: true,
  };
  const svg = renderEChart(
    {
      textStyle: chartTextStyle(brand),
      grid: { left: 34, right: 62, top: 18, bottom: 36 },
      xAxis: {
        type: "category",
        boundaryGap: false,
        data: points.map((p, index) => axisPeriodLabel(p.period, locale, index)),
        axisTick: { show: false },
        axisLine: { lineStyle: { color: CHART_GREYS.axis } },
        axisLabel: { fontSize: 10, margin: 10, lineHeight: 13, interval: 0 },
      },
      yAxis: npsValueAxis(range, format),
      series: [
        { ...band, type: "line", data: points.map((p) => p.interval?.low ?? null) },
        {
          ...band,
          type: "line",
          data: points.map((p) => (p.interval === null ? null : p.interval.high - p.interval.low)),
          areaStyle: { color: brand.colors.primary, opacity: 0.12 },
        },
        {
          type: "line",
          data: points.map((p) => p.nps),
          connectNulls: false,
          symbol: "circle",
          symbolSize: 6,
          lineStyle: { color: brand.colors.primary, width: 2 },
          itemStyle: { color: brand.colors.primary, borderColor: "#ffffff", borderWidth: 1.5 },
          label: {
            show: true,
            position: "top",
            distance: 6,
            fontSize: 10,
            fontWeight: brand.font.strongWeight,
            color: brand.colors.primary,
            // A white plate keeps a value legible where the target line or the band edge crosses it.
            // Not a stroked halo: Chromium prints stroked text as a Type 3 font.
            backgroundColor: "#ffffff",
            padding: [0, 2],
            borderRadius: 2,
            formatter: (params: { dataIndex: number }) => {
              const shown = points[params.dataIndex]?.displayed;
              return shown === null || shown === undefined ? "" : format.decimal(shown, decimals);
            },
          },
          markLine:
            model.target === null
              ? undefined
              : {
                  silent: true,
                  symbol: "none",
                  lineStyle: { color: brand.colors.accent, type: [5, 4], width: 1.25 },
                  label: {
                    // Beyond the right end of the line, where no point label can sit.
                    position: "end",
                    distance: 6,
                    fontSize: 10,
                    color: brand.colors.accent,
                    formatter: () =>
                      t("charts.trend.target", { target: format.decimal(model.target ?? 0, decimals) }),
                  },
                  data: [{ yAxis: model.target }],
                },
        },
      ],
    },
    { id, width: ctx.width, height: 240, measureText: ctx.measureText },
  );
  return new ChartFigure(id, t("charts.trend.title", { count: points.length }), describe(ctx), svg);
}

function describe(ctx: ChartContext): string {
  const { model, t, format } = ctx;
  const decimals = model.method.rounding.decimals;
  const label = (p: (typeof model.trend)[number]) => periodText(p.period, model.locale);
  const answered = model.trend.filter((p) => p.displayed !== null);
  const first = answered[0];
  const last = answered.at(-1);
  if (first === undefined || last === undefined) return t("charts.trend.empty");
  const lowest = answered.reduce((a, b) => ((b.nps ?? 0) < (a.nps ?? 0) ? b : a));
  const highest = answered.reduce((a, b) => ((b.nps ?? 0) > (a.nps ?? 0) ? b : a));
  const value = (p: typeof first) => format.decimal(p.displayed ?? 0, decimals);
  const level = model.method.interval.level;
  const parts = [
    t("charts.trend.description", {
      level: format.level(level),
      firstPeriod: label(first),
      first: value(first),
      lastPeriod: label(last),
      last: value(last),
      lowestPeriod: label(lowest),
      lowest: value(lowest),
      highestPeriod: label(highest),
      highest: value(highest),
    }),
  ];
  if (model.target !== null)
    parts.push(t("charts.trend.targetSentence", { target: format.decimal(model.target, decimals) }));
  const missing = model.trend.filter((p) => p.displayed === null);
  if (missing.length > 0) {
    parts.push(t("charts.trend.gaps", { count: missing.length, periods: missing.map(label).join(", ") }));
  }
  return parts.join(" ");
}
