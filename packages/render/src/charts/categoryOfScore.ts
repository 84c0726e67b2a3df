/** The three NPS categories, in the order reports show them. */
export type Category = "promoter" | "passive" | "detractor";

/**
 * The category of a score: 9–10 promoter, 7–8 passive, 0–6 detractor. Used to colour the chart bars, not to
 * count anything (the counts come from the ReportModel).
 */
export function categoryOfScore(score: number): Category {
  return score >= 9 ? "promoter" : score >= 7 ? "passive" : "detractor";
}
