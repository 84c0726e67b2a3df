// @npskit/insights: the analysis behind the recommendations and the recommendation rules.
// This file only re-exports; each area keeps its own block below.

// --- text helpers shared by the rules -----------------------------------------------------------------------
export type { Locale, PluralForms } from "./localeText.js";
export { numberText, percentText, pluralText, signedText } from "./localeText.js";

// --- analysis, orchestration and the statistical rules ------------------------------------------------------

// --- comment themes and the text rules ----------------------------------------------------------------------
