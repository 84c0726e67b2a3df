import type { IngestResult, Period, ReportModel, ResolvedConfig } from "@npskit/core";
import type { ResolvedBrand } from "@npskit/render";

/**
 * The data a notebook loaded with `load()`: the config it was read with, the histograms by period × segment,
 * the accounting of every record, and the ReportModel of any period — built exactly the way `npskit report`
 * builds it, so the notebook and the report never disagree.
 */
export interface NpsDataset {
  readonly config: ResolvedConfig;
  /** Folder relative paths of the config were read from. */
  readonly baseDir: string;
  readonly ingested: IngestResult;
  /** Keys of the periods that have responses, oldest first. */
  readonly periods: readonly string[];
  /** The period the helpers use when none is given (the `period` option of `load`, else the latest). */
  readonly period: Period;
  /** The brand of the report (the config's brand file, else the default brand). */
  readonly brand: ResolvedBrand;
  /** The template folder of the config, when it names one. */
  readonly templateDir: string | undefined;
  /** The ReportModel of a period (default: {@link period}), with insights and recommendations. */
  model(period?: string): ReportModel;
}
