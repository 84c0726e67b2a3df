// @npskit/insights: the analysis behind the recommendations and the recommendation rules.
// This file only re-exports; each area keeps its own block below, sorted within the block.
// biome-ignore-all assist/source/organizeImports: one sorted block per area (and owner), not one merged list.

// --- text helpers shared by the rules -----------------------------------------------------------------------
export type { Locale, PluralForms } from "./localeText.js";
export { numberText, percentText, pluralText, signedText } from "./localeText.js";

// --- analysis, orchestration and the statistical rules ------------------------------------------------------
export type { InsightInput, InsightSettings } from "./analyseInsights.js";
export { analyseInsights } from "./analyseInsights.js";
export type { Benchmark } from "./benchmark.js";
export { parseBenchmark } from "./benchmark.js";
export { benchmarkPosition } from "./benchmarkPosition.js";
export type { BuiltinRulesOptions } from "./builtinRules.js";
export { builtinRules } from "./builtinRules.js";
export type { DriverSums } from "./driverSums.js";
export type { FollowUpOptions } from "./followUp.js";
export { followUp } from "./followUp.js";
export { followUpCsv } from "./followUpCsv.js";
export { goalProgress } from "./goalProgress.js";
export type {
  FollowUpContact,
  InsightCollector,
  InsightCollectorOptions,
  InsightData,
} from "./insightCollector.js";
export { insightCollector } from "./insightCollector.js";
export { leastSquaresSlope } from "./leastSquaresSlope.js";
export { loadBenchmark } from "./loadBenchmark.js";
export { rankDrivers } from "./rankDrivers.js";
export type { RecommendOptions } from "./recommend.js";
export { recommend } from "./recommend.js";
export { benchmark } from "./rules/benchmark.js";
export { closeTheLoop } from "./rules/closeTheLoop.js";
export { goalTracking } from "./rules/goalTracking.js";
export type { KeyDriversOptions } from "./rules/keyDrivers.js";
export { keyDrivers } from "./rules/keyDrivers.js";
export type { LaggingSegmentsOptions } from "./rules/laggingSegments.js";
export { laggingSegments } from "./rules/laggingSegments.js";
export { significantChange } from "./rules/significantChange.js";
export type { ThinEvidenceOptions } from "./rules/thinEvidence.js";
export { thinEvidence } from "./rules/thinEvidence.js";

// --- comment themes and the text rules ----------------------------------------------------------------------
export type { DetractorThemesOptions } from "./rules/detractorThemes.js";
export { detractorThemes } from "./rules/detractorThemes.js";
export type { PassivesOptions } from "./rules/passives.js";
export { passives } from "./rules/passives.js";
export type { CommentTerm } from "./text/commentTerms.js";
export { commentTerms } from "./text/commentTerms.js";
export { maskPii } from "./text/maskPii.js";
export { stem } from "./text/stem.js";
export { isNegation, isStopWord, STOP_WORDS } from "./text/stopWords.js";
export type { TextLanguage } from "./text/textLanguage.js";
export { commentLanguage, wordLanguage } from "./text/textLanguage.js";
export { tokenize } from "./text/tokenize.js";
export type { ThemeAnalysis, ThemeAnalysisInput } from "./themes/analyseThemes.js";
export { analyseThemes } from "./themes/analyseThemes.js";
export { defaultThemeLexicon } from "./themes/defaultThemeLexicon.js";
export type { DistinctiveTermOptions, StemmedDistinctiveTerm } from "./themes/distinctiveTerms.js";
export { distinctiveTerms } from "./themes/distinctiveTerms.js";
export { loadThemeLexicon } from "./themes/loadThemeLexicon.js";
export type { ProportionGap } from "./themes/proportionGap.js";
export { proportionGap } from "./themes/proportionGap.js";
export type { ThemeArea, ThemeDefinition, ThemeLexicon } from "./themes/themeLexicon.js";
export type { LogOddsRatio } from "./themes/weightedLogOdds.js";
export { weightedLogOdds } from "./themes/weightedLogOdds.js";
