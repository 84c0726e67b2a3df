import type { Formatter, ReportModel } from "@npskit/core";
import type { ResolvedBrand } from "../brand/brand.js";
import type { ReportCharts } from "../charts/reportCharts.js";
import { dimensionLabel } from "./dimensionLabel.js";
import { executiveSummary, type SummaryItem } from "./executiveSummary.js";
import { type Headline, headline } from "./headline.js";
import { type RecommendationGroup, recommendationGroups } from "./recommendationGroups.js";
import type { Translator } from "./translator.js";

/**
 * What the layout and partials render: the ReportModel as it is, plus display text made from it (the
 * headline, the executive summary) and the charts. Documented in `templates/monthly/README.md` for people
 * writing their own templates.
 */
export interface ReportView {
  readonly model: ReportModel;
  readonly brand: {
    readonly name: string;
    /** The logo's `data:` URI, or null. */
    readonly logo: string | null;
    readonly footer: string | null;
  };
  readonly charts: ReportCharts;
  readonly headline: Headline;
  readonly summary: readonly SummaryItem[];
  /** The report's scope ({} → []), with dimension labels: "Region: Europe". */
  readonly scope: readonly { readonly dimension: string; readonly value: string }[];
  /** The recommendations by area, most important area first. */
  readonly recommendationGroups: readonly RecommendationGroup[];
  /** Detractors to call back, by name: only when the config shows names (`insights.followUp.names`). */
  readonly followUpContacts: NonNullable<NonNullable<ReportModel["insights"]>["followUp"]>["contacts"];
}

/** Builds the {@link ReportView}. */
export function reportView(
  model: ReportModel,
  brand: ResolvedBrand,
  charts: ReportCharts,
  t: Translator,
  format: Formatter,
): ReportView {
  return {
    model,
    brand: { name: brand.name, logo: brand.logo?.dataUri ?? null, footer: brand.footer },
    charts,
    headline: headline(model, t, format),
    summary: executiveSummary(model, t, format),
    scope: Object.keys(model.scope)
      .sort()
      .map((dimension) => ({ dimension: dimensionLabel(t, dimension), value: model.scope[dimension] ?? "" })),
    recommendationGroups: recommendationGroups(model),
    followUpContacts: model.insights?.followUp?.contacts ?? [],
  };
}
