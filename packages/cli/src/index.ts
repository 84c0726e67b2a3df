// @npskit/cli: the `npskit` command, and each command as a function for the notebook and tests.

export { formatCalc } from "./commands/calc/formatCalc.js";
export { formatCalcFromFile } from "./commands/calc/formatCalcFromFile.js";
export type { CalcInput, CalcResult } from "./commands/calc/runCalc.js";
export { runCalc } from "./commands/calc/runCalc.js";
export type {
  CalcFromFileInput,
  CalcFromFileResult,
  SegmentResult,
} from "./commands/calc/runCalcFromFile.js";
export { runCalcFromFile } from "./commands/calc/runCalcFromFile.js";
export { formatCompare } from "./commands/compare/formatCompare.js";
export type { CompareInput, CompareResult, GroupSummary } from "./commands/compare/runCompare.js";
export { runCompare } from "./commands/compare/runCompare.js";
export { runPluginNew } from "./commands/plugin/runPluginNew.js";
export { spillingDuplicateTracker } from "./ingest/spillingDuplicateTracker.js";
export type { CommandIO } from "./io.js";
export { bufferIO } from "./io.js";
export { EXIT, main } from "./main.js";
