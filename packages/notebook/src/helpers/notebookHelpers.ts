import type { IntervalOptions, NpsInput, TrendOptions, UserConfig } from "@npskit/core";
import type { MimeBundle } from "../format/notebook.js";
import { mimeBundleOf } from "../runtime/mimeBundleOf.js";
import { type CHART_KINDS, type ChartOptions, chartOf } from "./chartOf.js";
import { type LoadOptions, load } from "./load.js";
import type { NpsDataset } from "./npsDataset.js";
import { type NpsOptions, npsOf } from "./npsOf.js";
import { recommendationsOf } from "./recommendationsOf.js";
import { type ReportHelperOptions, reportOf } from "./reportOf.js";
import { segmentsOf } from "./segmentsOf.js";
import { themesOf } from "./themesOf.js";
import { trendOf } from "./trendOf.js";

/** What the helpers need from the kernel: the notebook's folder, its importer, and the cell's output. */
export interface HelperContext {
  readonly dir: string;
  readonly importModule: (specifier: string) => Promise<unknown>;
  readonly emit: (bundle: MimeBundle) => void;
}

/**
 * The functions every cell has in scope (see the package README for each). They are thin: the work is done
 * by `@npskit/core`, `@npskit/insights` and `@npskit/render`, the same code `npskit report` runs.
 */
export function notebookHelpers(context: HelperContext) {
  return {
    load: (source: string | UserConfig, options: LoadOptions = {}) =>
      load(source, options, context.importModule, context.dir),
    nps: (input: NpsDataset | NpsInput, options?: NpsOptions & IntervalOptions) => npsOf(input, options),
    trend: (data: NpsDataset, options?: TrendOptions) => trendOf(data, options),
    segments: (data: NpsDataset, dimension: string, options?: { period?: string }) =>
      segmentsOf(data, dimension, options),
    themes: (data: NpsDataset, options?: { period?: string }) => themesOf(data, options),
    recommend: (data: NpsDataset, options?: { period?: string }) => recommendationsOf(data, options),
    chart: (data: NpsDataset, kind?: (typeof CHART_KINDS)[number], options?: ChartOptions) =>
      chartOf(data, kind, options),
    report: (data: NpsDataset, options: ReportHelperOptions = {}) => reportOf(data, options, context.dir),
    /** Shows a value now, in the richest form it has (see `mimeBundleOf`); returns nothing. */
    display: (value: unknown): void => {
      const bundle = mimeBundleOf(value);
      if (bundle !== undefined) context.emit(bundle);
    },
  };
}
