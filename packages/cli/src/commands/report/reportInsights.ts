import type { Logger, ReportModel, ResolvedConfig, RulePlugin } from "@npskit/core";
import {
  analyseInsights,
  builtinRules,
  followUpCsv,
  type InsightSettings,
  loadBenchmark,
  loadThemeLexicon,
  recommend,
} from "@npskit/insights";
import { outputFile, writeFileAtomic } from "@npskit/output-files";
import type { ReportScope } from "./reportScopes.js";

/** The insights step of a report build, set up once per run; see {@link reportInsights}. */
export interface ReportInsights {
  /** The model with its `insights` analysed and its recommendations made by every rule. */
  analyse(model: ReportModel, scope: ReportScope): ReportModel;
  /**
   * Writes the report's follow-up list (detractors who agreed to be contacted) as CSV next to it, when the
   * config asks for lists and there is someone to call; returns the file, or undefined.
   */
  writeFollowUp(
    model: ReportModel,
    scope: ReportScope,
    outDir: string,
    perScope: boolean,
  ): Promise<string | undefined>;
}

/**
 * Loads what the config's `insights` names (a benchmark file, a theme lexicon) and the rules — the built-in
 * ones less `insights.disable`, then the config's own `rules` — so that each report of the run is analysed
 * the same way. A broken benchmark or lexicon file fails here, before anything is rendered.
 */
export async function reportInsights(
  config: ResolvedConfig,
  files: { readonly benchmark: string | undefined; readonly themes: string | undefined },
  logger: Logger,
): Promise<ReportInsights> {
  const { insights } = config;
  const settings: InsightSettings = {
    targetDate: insights.targetDate,
    followUp: { names: insights.followUp.names },
    benchmark: files.benchmark === undefined ? null : await loadBenchmark(files.benchmark),
    ...(files.themes !== undefined && { lexicon: await loadThemeLexicon(files.themes) }),
  };
  const rules: RulePlugin[] = [...builtinRules({ disable: insights.disable }), ...config.rules];
  return {
    analyse(model, scope) {
      const period = model.period.key;
      const analysed = analyseInsights(model, {
        data: scope.insights.dataFor(period),
        comments: scope.comments.pool(period),
        settings,
      });
      return recommend(analysed, { rules, logger });
    },
    async writeFollowUp(model, scope, outDir, perScope) {
      const { contacts } = scope.insights.dataFor(model.period.key);
      if (!insights.followUp.list || contacts.length === 0) return undefined;
      const file = outputFile(outDir, `nps-{period}${perScope ? "-{scope}" : ""}.follow-up.csv`, model);
      await writeFileAtomic(file, followUpCsv(contacts));
      return file;
    },
  };
}
