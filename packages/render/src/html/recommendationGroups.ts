import type { ReportModel, ReportRecommendation } from "@npskit/core";

/** The recommendations of one area of improvement. */
export interface RecommendationGroup {
  readonly area: ReportRecommendation["area"];
  readonly recommendations: readonly ReportRecommendation[];
}

/**
 * The model's recommendations grouped by area, for the report: areas in the order of their most important
 * recommendation, and within an area by priority (the model's list is sorted already; ties keep its order).
 *
 * @example
 * recommendationGroups(model).map((group) => group.area) // ["product", "feedback", "goals"]
 */
export function recommendationGroups(model: Pick<ReportModel, "recommendations">): RecommendationGroup[] {
  const groups = new Map<ReportRecommendation["area"], ReportRecommendation[]>();
  const sorted = [...model.recommendations].sort((a, b) => b.priority - a.priority);
  for (const recommendation of sorted) {
    const group = groups.get(recommendation.area) ?? [];
    group.push(recommendation);
    groups.set(recommendation.area, group);
  }
  return [...groups].map(([area, recommendations]) => ({ area, recommendations }));
}
