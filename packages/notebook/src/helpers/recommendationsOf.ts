import type { ReportRecommendation } from "@npskit/core";
import { escapeHtml } from "../runtime/htmlTable.js";
import { withDisplay } from "../runtime/richValue.js";
import type { NpsDataset } from "./npsDataset.js";

/**
 * The notebook's `recommend(data, { period })`: the recommendations of the period's report, most important
 * first — made by the same rules as `npskit report` (insights' `recommend` runs inside `load`'s model).
 */
export function recommendationsOf(
  data: NpsDataset,
  options: { readonly period?: string } = {},
): ReportRecommendation[] {
  const list = [...data.model(options.period).recommendations];
  return withDisplay(list, () => ({
    "text/html": `<ol>${list
      .map((r) => `<li><strong>${escapeHtml(r.title)}</strong><br>${escapeHtml(r.rationale)}</li>`)
      .join("")}</ol>`,
    "application/json": JSON.parse(JSON.stringify(list)),
    "text/plain": list.map((r, i) => `${i + 1}. ${r.title}`).join("\n") || "no recommendations",
  }));
}
