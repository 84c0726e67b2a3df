import { assertReportModel, type CommentPool, type ReportModel } from "@npskit/core";
import type { Benchmark } from "./benchmark.js";
import { benchmarkPosition } from "./benchmarkPosition.js";
import { followUp } from "./followUp.js";
import { goalProgress } from "./goalProgress.js";
import type { InsightData } from "./insightCollector.js";
import { rankDrivers } from "./rankDrivers.js";
import { analyseThemes } from "./themes/analyseThemes.js";
import type { ThemeLexicon } from "./themes/themeLexicon.js";

/** The insights settings, with files already loaded (see `loadBenchmark`). */
export interface InsightSettings {
  /** Date the target NPS is due (YYYY-MM-DD). @default null */
  readonly targetDate?: string | null;
  /** @default { names: false } */
  readonly followUp?: { readonly names?: boolean };
  /** @default null */
  readonly benchmark?: Benchmark | null;
  /** Theme lexicon replacing the built-in one. @default the built-in lexicon */
  readonly lexicon?: ThemeLexicon;
}

/** What {@link analyseInsights} reads besides the model. */
export interface InsightInput {
  /** The report period's data from an `insightCollector` (drivers, detractors to call back). */
  readonly data?: InsightData;
  /** The report period's comment pool (`commentSampler({ poolSize }).pool(period)`), for themes. */
  readonly comments?: CommentPool;
  readonly settings?: InsightSettings;
  /** Language of theme labels. @default the model's locale */
  readonly locale?: ReportModel["locale"];
}

/**
 * The analysis behind the recommendations: comment themes and distinctive terms (from the comment pool),
 * key drivers (from the collector's rating sums, see `rankDrivers`), the follow-up counts (and contacts when
 * names are enabled), goal progress (target and date) and the benchmark position. Returns a new model with
 * `insights` filled — the input is not changed — checked against the report schema. Parts without data are
 * empty or null: no drivers rated → `drivers: []`, no collector → `followUp: null`.
 *
 * @example
 * const withInsights = analyseInsights(model, {
 *   data: collector.dataFor(model.period.key),
 *   comments: sampler.pool(model.period.key),
 *   settings: { targetDate: "2027-06-30", followUp: { names: false } },
 * });
 * withInsights.insights?.drivers[0] // { name: "support", correlation: 0.52, importance: 0.61, rank: 1, … }
 */
export function analyseInsights(model: ReportModel, input: InsightInput = {}): ReportModel {
  const { data, comments, settings = {} } = input;
  const locale = input.locale ?? model.locale;
  const themes =
    comments === undefined
      ? { themes: [], distinctiveTerms: [] }
      : analyseThemes({
          detractors: comments.detractor,
          passives: comments.passive,
          promoters: comments.promoter,
          locale,
          ...(settings.lexicon === undefined ? {} : { lexicon: settings.lexicon }),
        });
  const result: ReportModel = {
    ...structuredClone(model),
    insights: {
      themes: themes.themes,
      distinctiveTerms: themes.distinctiveTerms,
      drivers: data === undefined ? [] : rankDrivers(data.drivers),
      followUp: data === undefined ? null : followUp(data, { names: settings.followUp?.names ?? false }),
      goal: goalProgress(model, settings.targetDate),
      benchmark:
        settings.benchmark === undefined || settings.benchmark === null
          ? null
          : benchmarkPosition(settings.benchmark, model.overall),
    },
  };
  assertReportModel(result);
  return result;
}
