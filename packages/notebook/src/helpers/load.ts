import { dirname, resolve } from "node:path";
import {
  buildReportModel,
  ConfigError,
  commentSampler,
  ingest,
  type Period,
  PeriodError,
  parsePeriod,
  periodOf,
  previousPeriod,
  type ReportModel,
  type ResolvedConfig,
  type RulePlugin,
  resolveConfig,
  type UserConfig,
} from "@npskit/core";
import {
  analyseInsights,
  builtinRules,
  type InsightSettings,
  insightCollector,
  loadBenchmark,
  loadThemeLexicon,
  recommend,
} from "@npskit/insights";
import { defaultBrand, loadBrand } from "@npskit/render";
import { htmlTable } from "../runtime/htmlTable.js";
import { withDisplay } from "../runtime/richValue.js";
import type { NpsDataset } from "./npsDataset.js";

/** Options of {@link load}. */
export interface LoadOptions {
  /** "2026-10", "latest" or "last" (the complete period before `now`). @default "latest" */
  readonly period?: string;
  /** The clock of "last" and of the models' `generatedAt`. @default new Date() */
  readonly now?: Date;
}

/** Comments per category kept for the theme analysis: the same pool as `npskit report`. */
const THEME_POOL = 2_000;

/**
 * Reads a project's data the way `npskit report` does: the config (a file path such as
 * "../monthly-report/npskit.config.ts", relative to the notebook, or a config object), every source through
 * core's `ingest` with its time zone, grain and segment breakdowns, duplicates by the latest answer, comments
 * sampled for themes, the insight rules (built-in less `insights.disable`, then the config's own). Every record
 * is accounted for in `dataset.ingested.accounting`.
 *
 * @example
 * const data = await load("../monthly-report/npskit.config.ts", { period: "2026-10" });
 * data.model().overall.nps // -> the exact NPS of October 2026, as in the report
 */
export async function load(
  source: string | UserConfig,
  options: LoadOptions,
  importModule: (specifier: string) => Promise<unknown>,
  notebookDir: string,
): Promise<NpsDataset> {
  const file = typeof source === "string" ? resolve(notebookDir, source) : undefined;
  const user = file === undefined ? (source as UserConfig) : await configOf(file, importModule);
  const baseDir = file === undefined ? notebookDir : dirname(file);
  const config = resolveConfig(user);
  if (config.sources.length === 0)
    throw new ConfigError([
      { pointer: "/sources", message: "no sources: the config must name at least one" },
    ]);
  const { timeZone, period: grain, segments } = config.analysis;
  const now = options.now ?? new Date();
  const everyone = {
    comments: commentSampler({ timeZone, grain, scope: {}, poolSize: THEME_POOL }),
    insights: insightCollector({ timeZone, grain, scope: {} }),
  };
  const ingested = await ingest({
    sources: config.sources,
    baseDir,
    timeZone,
    grain,
    breakdowns: segments.map((dimension) => [dimension]),
    duplicates: "keep-latest",
    onResponse(response, location) {
      everyone.comments.add(response, location);
      everyone.insights.add(response, location);
    },
  });
  const periods = ingested.aggregation.periods.map((p) => p.key);
  const period = pickPeriod(options.period ?? "latest", config, now, ingested.aggregation.periods);
  const fromConfig = (value: string | null) => (value === null ? undefined : resolve(baseDir, value));
  const brandFile = fromConfig(config.brand);
  const brandLoaded = brandFile === undefined ? undefined : await loadBrand(brandFile);
  // As in `npskit report`: the config's locale, else the brand's, else English.
  const locale = user.locale ?? brandLoaded?.locale ?? "en";
  const brand = { ...(brandLoaded ?? defaultBrand(locale)), locale };
  const benchmarkFile = fromConfig(config.insights.benchmark);
  const themesFile = fromConfig(config.insights.themes);
  const settings: InsightSettings = {
    targetDate: config.insights.targetDate,
    followUp: { names: config.insights.followUp.names },
    benchmark: benchmarkFile === undefined ? null : await loadBenchmark(benchmarkFile),
    ...(themesFile !== undefined && { lexicon: await loadThemeLexicon(themesFile) }),
  };
  const rules: RulePlugin[] = [...builtinRules({ disable: config.insights.disable }), ...config.rules];
  const models = new Map<string, ReportModel>();
  const dataset: NpsDataset = {
    config,
    baseDir,
    ingested,
    periods,
    period,
    brand,
    templateDir: fromConfig(config.template),
    model(key = period.key) {
      let model = models.get(key);
      if (model === undefined) {
        const built = buildReportModel({
          ...ingested,
          period: key,
          now,
          locale,
          analysis: config.analysis,
          quarantine: null,
          comments: everyone.comments,
          scope: {},
        });
        const analysed = analyseInsights(built, {
          data: everyone.insights.dataFor(key),
          comments: everyone.comments.pool(key),
          settings,
        });
        model = recommend(analysed, { rules });
        models.set(key, model);
      }
      return model;
    },
  };
  const { accounting } = ingested;
  return withDisplay(dataset, () => ({
    "text/html": htmlTable(
      [
        {
          read: accounting.read,
          answered: accounting.accepted,
          unanswered: accounting.unanswered,
          rejected: accounting.rejected,
          duplicates: accounting.duplicates,
          periods: `${periods[0] ?? "–"} … ${periods.at(-1) ?? "–"}`,
          period: period.key,
        },
      ],
      "Loaded",
    ),
    "text/plain": `read ${accounting.read} records: ${accounting.accepted} answered, ${accounting.unanswered} unanswered, ${accounting.rejected} rejected, ${accounting.duplicates} duplicates; periods ${periods[0] ?? "–"}…${periods.at(-1) ?? "–"}; period ${period.key}`,
  }));
}

async function configOf(
  file: string,
  importModule: (specifier: string) => Promise<unknown>,
): Promise<UserConfig> {
  if (file.endsWith(".json")) {
    const { readFile } = await import("node:fs/promises");
    return JSON.parse(await readFile(file, "utf8")) as UserConfig;
  }
  const module = (await importModule(file)) as { default?: unknown };
  let config = module.default;
  // A config run as CommonJS (no "type": "module") arrives wrapped.
  if (typeof config === "object" && config !== null && "__esModule" in config && "default" in config)
    config = (config as { default: unknown }).default;
  if (typeof config !== "object" || config === null)
    throw new ConfigError([{ pointer: "", message: "the config file has no default export" }], {
      location: { file },
    });
  return config as UserConfig;
}

function pickPeriod(word: string, config: ResolvedConfig, now: Date, periods: readonly Period[]): Period {
  const { timeZone, period: grain } = config.analysis;
  const text = word.trim().toLowerCase();
  if (text === "latest") {
    const latest = periods.at(-1);
    if (latest === undefined) throw new PeriodError("period latest: the sources have no responses at all");
    return latest;
  }
  if (text === "last") return previousPeriod(periodOf(now, grain, timeZone));
  const period = parsePeriod(word.trim(), timeZone);
  if (period.grain !== grain)
    throw new PeriodError(
      `period ${period.key} is a ${period.grain}, but the data are by ${grain} (analysis.period)`,
    );
  return period;
}
