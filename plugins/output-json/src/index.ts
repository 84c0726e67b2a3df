// @npskit/output-json: the ReportModel as pretty, validated, deterministic JSON.

export type { JsonOutputOptions } from "./jsonOutput.js";
export { DEFAULT_FILE_NAME, json, json as default, reportJson } from "./jsonOutput.js";
