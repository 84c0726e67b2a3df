import type { ReportRecommendation } from "@npskit/core";
import { describe, expect, it } from "vitest";
import { recommendationGroups } from "./recommendationGroups.js";

const recommendation = (
  id: string,
  area: ReportRecommendation["area"],
  priority: number,
): ReportRecommendation => ({
  id,
  rule: "test:rule",
  area,
  priority,
  title: id,
  rationale: "r",
  evidence: [],
  references: [],
  actions: ["a"],
});

describe("recommendationGroups", () => {
  it("orders areas by their most important recommendation, and each area by priority", () => {
    const groups = recommendationGroups({
      recommendations: [
        recommendation("a", "feedback", 40),
        recommendation("b", "product", 90),
        recommendation("c", "feedback", 70),
        recommendation("d", "product", 10),
        recommendation("e", "goals", 50),
      ],
    });
    expect(groups.map((g) => [g.area, g.recommendations.map((r) => r.id)])).toEqual([
      ["product", ["b", "d"]],
      ["feedback", ["c", "a"]],
      ["goals", ["e"]],
    ]);
  });

  it("is empty without recommendations", () => {
    expect(recommendationGroups({ recommendations: [] })).toEqual([]);
  });
});
