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
  serve?: ServeConfig;
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
/**
 * The webhook receiver `npskit serve`: where it listens, where it stores deliveries, which endpoints it serves. Secrets are better read from the environment (`process.env.…` in npskit.config.ts) than written here; command-line flags and environment variables override them.
 *
 * @default {}
 */
export interface ServeConfig {
  /**
   * Interface to listen on.
   *
   * @default "127.0.0.1"
   */
  host?: string;
  /**
   * Port to listen on.
   *
   * @default 8787
   */
  port?: number;
  /**
   * SQLite store of the deliveries, relative to the config file; created on first start.
   *
   * @default "responses.db"
   */
  store?: string;
  /**
   * Largest request body accepted (413 above).
   *
   * @default 1048576
   */
  bodyLimitBytes?: number;
  rateLimit?: ServeRateLimit;
  endpoints?: ServeEndpoints;
}
/**
 * Requests per second per sender endpoint (429 with Retry-After above).
 *
 * @default {}
 */
export interface ServeRateLimit {
  /**
   * Sustained requests per second.
   *
   * @default 5000
   */
  perSecond?: number;
  /**
   * Requests allowed at once after a quiet spell.
   *
   * @default 10000
   */
  burst?: number;
}
/**
 * Endpoints served at /webhooks/{name}; one left out answers 404.
 *
 * @default {}
 */
export interface ServeEndpoints {
  generic?: GenericEndpoint;
  standard?: StandardEndpoint;
  typeform?: TypeformEndpoint;
  surveymonkey?: SurveyMonkeyEndpoint;
  delighted?: DelightedEndpoint;
}
/**
 * npskit responses, one or {"responses": [...]}, with `Authorization: Bearer <token>`.
 */
export interface GenericEndpoint {
  /**
   * The Bearer token senders present.
   */
  token: string;
  /**
   * Set as `source` on responses from this endpoint that do not name one.
   */
  source?: string;
}
/**
 * npskit responses signed per Standard Webhooks.
 */
export interface StandardEndpoint {
  /**
   * Signing secret, whsec_ followed by base64.
   */
  secret: string;
  /**
   * Set as `source` on responses from this endpoint that do not name one.
   */
  source?: string;
  /**
   * How far webhook-timestamp may be from now, either way, in seconds.
   *
   * @default 300
   */
  toleranceSeconds?: number;
}
/**
 * Typeform form_response events.
 */
export interface TypeformEndpoint {
  /**
   * The webhook's secret.
   */
  secret: string;
  /**
   * Id or ref of the NPS field (default: the form's only field of type nps).
   */
  npsField?: string;
  /**
   * Id or ref of the field whose text becomes the comment.
   */
  commentField?: string;
  /**
   * Hidden fields that become segments (default: all but the e-mail one).
   */
  segments?: string[];
  /**
   * Hidden field carrying the respondent's e-mail.
   */
  emailHiddenField?: string;
  /**
   * Set as `source` on responses from this endpoint that do not name one.
   */
  source?: string;
}
/**
 * SurveyMonkey events; each response is fetched from the API.
 */
export interface SurveyMonkeyEndpoint {
  /**
   * API key or client id (first half of the signing key).
   */
  apiKey: string;
  /**
   * API secret (second half of the signing key).
   */
  apiSecret: string;
  /**
   * Access token for the API.
   */
  token: string;
  /**
   * API base URL.
   *
   * @default "https://api.surveymonkey.com"
   */
  apiBase?: string;
  /**
   * Id of the NPS question, when a survey has more than one 11-choice question.
   */
  questionId?: string;
  /**
   * Id of an open-ended question whose text becomes the comment.
   */
  commentQuestionId?: string;
  /**
   * Set as `source` on responses from this endpoint that do not name one.
   */
  source?: string;
}
/**
 * Delighted-style survey_response.created/updated events.
 */
export interface DelightedEndpoint {
  /**
   * API key the deliveries are signed with.
   */
  apiKey: string;
  /**
   * Set as `source` on responses from this endpoint that do not name one.
   */
  source?: string;
}
