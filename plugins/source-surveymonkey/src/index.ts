// @npskit/source-surveymonkey: SurveyMonkey CSV and XLSX exports as npskit responses.
// This file only re-exports; internals stay unexported.

export type { ExportFormat } from "./detectExportFormat.js";
export type { NpsCoding, ParsedNpsAnswer } from "./parseNpsAnswer.js";
export { parseNpsAnswer } from "./parseNpsAnswer.js";
export type { SurveyMonkeyOptions } from "./surveyMonkeyOptions.js";
export { surveyMonkey, surveyMonkey as default } from "./surveyMonkeySource.js";
