// Test helper (excluded from the build): a real ReportModel from core's buildReportModel, with `insights`
// filled from analyseThemes, for the rule tests.
import { Aggregator, buildReportModel, type ReportComment, type ReportModel } from "@npskit/core";
import { analyseThemes } from "../analyseThemes.js";

interface Mix {
  readonly promoters: number;
  readonly passives: number;
  readonly detractors: number;
}

/** Comment texts by category. */
export interface ScenarioComments {
  readonly detractors: readonly string[];
  readonly passives: readonly string[];
  readonly promoters: readonly string[];
}

const SCORES = { promoters: 9, passives: 7, detractors: 3 } as const;
const MONTH = { current: "2026-10-15T12:00:00Z", previous: "2026-09-15T12:00:00Z" } as const;

/** Comments as the sampler gives them: ids in order, one score per category. */
export function commentsOf(texts: readonly string[], category: keyof Mix, locale?: string): ReportComment[] {
  return texts.map((text, i) => ({
    id: `${category}-${i}`,
    score: SCORES[category],
    text,
    submittedAt: MONTH.current,
    segments: {},
    ...(locale === undefined ? {} : { locale }),
  }));
}

/** October 2026 with `current`'s answers (September with `previous`'s), themes from `comments`. */
export function themeModel(options: {
  readonly current: Mix;
  readonly previous?: Mix;
  readonly comments: ScenarioComments;
  readonly locale?: "en" | "ru";
  readonly withInsights?: boolean;
}): ReportModel {
  const aggregator = new Aggregator({ breakdowns: [] });
  let accepted = 0;
  for (const [month, mix] of [
    ["current", options.current],
    ["previous", options.previous],
  ] as const) {
    if (mix === undefined) continue;
    for (const category of ["promoters", "passives", "detractors"] as const) {
      for (let i = 0; i < mix[category]; i++)
        aggregator.addAt(Date.parse(MONTH[month]), SCORES[category], {});
      accepted += mix[category];
    }
  }
  const locale = options.locale ?? "en";
  const model = buildReportModel({
    aggregation: aggregator.result(),
    accounting: { read: accepted, accepted, unanswered: 0, rejected: 0, duplicates: 0, rejectedByReason: {} },
    period: "2026-10",
    now: new Date("2026-11-02T09:00:00Z"),
    locale,
  });
  if (options.withInsights === false) return model;
  const { themes, distinctiveTerms } = analyseThemes({
    detractors: commentsOf(options.comments.detractors, "detractors"),
    passives: commentsOf(options.comments.passives, "passives"),
    promoters: commentsOf(options.comments.promoters, "promoters"),
    locale,
  });
  return {
    ...model,
    insights: { themes, distinctiveTerms, drivers: [], followUp: null, goal: null, benchmark: null },
  };
}

/** `count` copies of each text, in turn: a comment mix of a given size. */
export function repeat(count: number, ...texts: string[]): string[] {
  return Array.from({ length: count * texts.length }, (_, i) => texts[i % texts.length]!);
}
