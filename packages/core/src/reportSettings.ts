import type { ComparisonMethod } from "./compareNps.js";
import type { RoundingMode } from "./displayNps.js";
import type { IntervalMethod } from "./npsInterval.js";

/**
 * The statistical settings every number of a ReportModel is computed with, complete (no defaults left):
 * what {@link buildReportModel} resolves from its input and hands to the parts it builds from.
 */
export interface ReportSettings {
  readonly interval: { readonly method: IntervalMethod; readonly level: number };
  /** Method of every two-group test: period over period and segment versus rest. */
  readonly comparison: ComparisonMethod;
  readonly rounding: { readonly mode: RoundingMode; readonly decimals: number };
}
