// Types of ConfigData.
// Generated from schema/config.schema.json by scripts/generateSchemaModules.ts (pnpm generate). Do not edit.

/**
 * npskit configuration (npskit.config.ts / .json). Plugins (sources, outputs) are objects made by plugin factories; every other setting is plain data described here.
 */
export interface ConfigData {
  /**
   * Where responses come from, read in this order.
   *
   * @default []
   */
  sources?: PluginObject[];
  /**
   * What is written from the report, in this order.
   *
   * @default []
   */
  outputs?: PluginObject[];
  /**
   * Extra recommendation rules (plugin objects made by `defineRule` factories), run after the built-in ones.
   *
   * @default []
   */
  rules?: PluginObject[];
  analysis?: AnalysisConfig;
  insights?: InsightsConfig;
  /**
   * Language of reports and their number and date formats.
   *
   * @default "en"
   */
  locale?: "en" | "ru";
  /**
   * Brand file of the reports (name, logo, colours, font, page size, footer; see @npskit/render's brand.schema.json), relative to the config file; null for npskit's default brand.
   *
   * @default null
   */
  brand?: string | null;
  /**
   * Folder overriding the default report template file by file (layout.hbs, report.css, partials/, locales/), relative to the config file; null for the default template.
   *
   * @default null
   */
  template?: string | null;
  /**
   * Folder that reports, quarantine files and other outputs are written to, relative to the config file.
   *
   * @default "reports"
   */
  outDir?: string;
}
/**
 * A plugin object as returned by a plugin factory: a namespaced name plus hooks.
 */
export interface PluginObject {
  name: string;
}
/**
 * How responses are grouped and scored.
 *
 * @default {}
 */
export interface AnalysisConfig {
  /**
   * IANA time zone in which calendar periods start and end.
   *
   * @default "UTC"
   */
  timeZone?: string;
  /**
   * Reporting period: month, ISO week, quarter or year.
   *
   * @default "month"
   */
  period?: "month" | "week" | "quarter" | "year";
  /**
   * Segment dimensions to compare groups by (each a key of the responses' `segments`).
   *
   * @default []
   */
  segments?: string[];
  /**
   * Target NPS in points, shown in reports and usable as a quality gate; null for none.
   *
   * @default null
   */
  target?: number | null;
  interval?: IntervalConfig;
  rounding?: RoundingConfig;
}
/**
 * Confidence intervals and tests.
 *
 * @default {}
 */
export interface IntervalConfig {
  /**
   * Interval method: adjusted Wald (recommended), Wald, or the iterative score interval.
   *
   * @default "adjusted-wald"
   */
  method?: "adjusted-wald" | "wald" | "score";
  /**
   * Confidence level, as a fraction.
   *
   * @default 0.95
   */
  level?: number;
}
/**
 * How NPS is rounded for display (exact values are kept inside).
 *
 * @default {}
 */
export interface RoundingConfig {
  /**
   * Decimal places shown.
   *
   * @default 0
   */
  decimals?: number;
  /**
   * exact: round the exact NPS half away from zero; percentages-first: round the promoter and detractor percentages first, as SurveyMonkey's calculator does.
   *
   * @default "exact"
   */
  mode?: "exact" | "percentages-first";
}
/**
 * Recommendations and the analysis behind them.
 *
 * @default {}
 */
export interface InsightsConfig {
  /**
   * Names of built-in rules to turn off, e.g. "npskit:benchmark".
   *
   * @default []
   */
  disable?: string[];
  /**
   * Date by which `analysis.target` should be reached (YYYY-MM-DD), for goal tracking; null for none.
   *
   * @default null
   */
  targetDate?: string | null;
  /**
   * Benchmark file (industry, source, year, mean or quartiles; see @npskit/insights' benchmark.schema.json), relative to the config file; null for none.
   *
   * @default null
   */
  benchmark?: string | null;
  /**
   * Theme lexicon file adding or replacing themes (id, label and terms per language), relative to the config file; null for the built-in lexicon.
   *
   * @default null
   */
  themes?: string | null;
  followUp?: FollowUpConfig;
}
/**
 * Closing the loop with detractors who consented to be contacted.
 *
 * @default {}
 */
export interface FollowUpConfig {
  /**
   * Show their names and e-mails in the report (otherwise counts only).
   *
   * @default false
   */
  names?: boolean;
  /**
   * Write the follow-up list as CSV next to the reports (nps-<period>.follow-up.csv).
   *
   * @default true
   */
  list?: boolean;
}
