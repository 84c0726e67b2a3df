import { InvalidArgumentError } from "@npskit/core";
import { type ChartFigure, modelCharts } from "@npskit/render";
import { type RichValue, withDisplay } from "../runtime/richValue.js";
import type { NpsDataset } from "./npsDataset.js";

/** The charts `chart()` draws: the report's own. */
export const CHART_KINDS = ["trend", "distribution", "categories", "segment"] as const;

/** Options of {@link chartOf}. */
export interface ChartOptions {
  readonly period?: string;
  /** For "segment": the dimension. @default the first segment dimension */
  readonly dimension?: string;
}

/**
 * The notebook's `chart(data, kind, options)`: one of the report's charts as SVG (`image/svg+xml`, with the
 * figure's title and text description in `text/html` and `text/plain`), drawn by the renderer the report uses.
 *
 * @example
 * await chart(data, "trend")
 */
export async function chartOf(
  data: NpsDataset,
  kind: (typeof CHART_KINDS)[number] = "trend",
  options: ChartOptions = {},
): Promise<ChartFigure & RichValue> {
  if (!CHART_KINDS.includes(kind))
    throw new InvalidArgumentError(
      `unknown chart "${String(kind)}"; expected one of ${CHART_KINDS.join(", ")}`,
    );
  const model = data.model(options.period);
  const charts = await modelCharts(model, {
    brand: data.brand,
    ...(data.templateDir !== undefined && { templateDir: data.templateDir }),
  });
  let figure: ChartFigure | undefined;
  if (kind === "segment") {
    const dimension = options.dimension ?? model.segments[0]?.dimension;
    const index = model.segments.findIndex((t) => t.dimension === dimension);
    figure = charts.segments[index];
    if (figure === undefined) throw new InvalidArgumentError(`no segment chart for "${String(dimension)}"`);
  } else {
    figure = charts[kind];
  }
  const shown = figure;
  return withDisplay(shown, () => ({
    "image/svg+xml": shown.svg,
    "text/plain": `${shown.title}: ${shown.description}`,
  }));
}
