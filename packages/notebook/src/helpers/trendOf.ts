import { type TrendOptions, type TrendPoint, trend } from "@npskit/core";
import { htmlTable } from "../runtime/htmlTable.js";
import { withDisplay } from "../runtime/richValue.js";
import type { NpsDataset } from "./npsDataset.js";

/**
 * The notebook's `trend(data, options)`: core's `trend` over the dataset's histograms, ending at the dataset's
 * period unless `end` says otherwise, with the config's interval and comparison methods. Shown as a table.
 *
 * @example
 * trend(data, { periods: 6 }).map((p) => [p.period.key, p.nps])
 */
export function trendOf(data: NpsDataset, options: TrendOptions = {}): TrendPoint[] {
  const { interval } = data.config.analysis;
  const points = trend(data.ingested.aggregation, {
    end: data.period.key,
    method: interval.method,
    level: interval.level,
    ...options,
  });
  const round = (v: number | null | undefined) =>
    v === null || v === undefined ? null : Math.round(v * 10) / 10;
  const rows = points.map((p) => ({
    period: p.period.key,
    answered: p.answered,
    nps: round(p.nps),
    low: round(p.interval?.low),
    high: round(p.interval?.high),
    change: round(p.change?.difference),
    significant: p.change === null ? null : p.change.significant,
  }));
  return withDisplay(points, () => ({
    "text/html": htmlTable(rows, "NPS trend"),
    "application/json": rows,
    "text/plain": rows.map((r) => `${r.period}  ${r.nps ?? "–"}  (n=${r.answered})`).join("\n"),
  }));
}
