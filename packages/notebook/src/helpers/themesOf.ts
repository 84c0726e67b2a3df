import type { ReportTheme } from "@npskit/core";
import { htmlTable } from "../runtime/htmlTable.js";
import { withDisplay } from "../runtime/richValue.js";
import type { NpsDataset } from "./npsDataset.js";

/** The notebook's `themes(data, { period })`: the comment themes of the period's report and their mentions. */
export function themesOf(data: NpsDataset, options: { readonly period?: string } = {}): ReportTheme[] {
  const themes = [...(data.model(options.period).insights?.themes ?? [])];
  const rows = themes.map((t) => ({
    theme: t.label,
    detractors: t.detractors.mentions,
    passives: t.passives.mentions,
    promoters: t.promoters.mentions,
    terms: t.terms.join(", "),
  }));
  return withDisplay(themes, () => ({
    "text/html": htmlTable(rows, "Comment themes"),
    "application/json": rows,
    "text/plain": rows.map((r) => `${r.theme}: ${r.detractors} detractor mentions`).join("\n") || "no themes",
  }));
}
