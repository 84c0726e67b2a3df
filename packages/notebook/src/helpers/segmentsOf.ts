import { InvalidArgumentError, type ReportSegmentRow } from "@npskit/core";
import { htmlTable } from "../runtime/htmlTable.js";
import { withDisplay } from "../runtime/richValue.js";
import type { NpsDataset } from "./npsDataset.js";

/**
 * The notebook's `segments(data, dimension, { period })`: the report's segment table of one dimension — each
 * value's NPS with its interval, its difference from the overall NPS and its test against the rest.
 *
 * @example
 * segments(data, "region").map((row) => [row.value, row.result.nps])
 */
export function segmentsOf(
  data: NpsDataset,
  dimension: string,
  options: { readonly period?: string } = {},
): ReportSegmentRow[] {
  const model = data.model(options.period);
  const table = model.segments.find((t) => t.dimension === dimension);
  if (table === undefined)
    throw new InvalidArgumentError(
      `no segment "${dimension}": the config's analysis.segments are ${data.config.analysis.segments.join(", ") || "none"}`,
    );
  const round = (v: number | null | undefined) =>
    v === null || v === undefined ? null : Math.round(v * 10) / 10;
  const rows = table.rows.map((row) => ({
    [dimension]: row.value ?? "(none)",
    answered: row.result.answered,
    nps: round(row.result.nps),
    low: round(row.result.interval?.low),
    high: round(row.result.interval?.high),
    "vs overall": round(row.differenceFromOverall),
    "significant vs rest": row.versusRest === null ? null : row.versusRest.significant,
  }));
  return withDisplay([...table.rows], () => ({
    "text/html": htmlTable(rows, `NPS by ${dimension}, ${model.period.key}`),
    "application/json": rows,
    "text/plain": rows.map((r) => `${String(r[dimension])}  ${r.nps ?? "–"}  (n=${r.answered})`).join("\n"),
  }));
}
