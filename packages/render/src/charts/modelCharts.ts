import { createFormatter, type ReportModel } from "@npskit/core";
import type { ResolvedBrand } from "../brand/brand.js";
import { loadTemplateSet } from "../html/loadTemplateSet.js";
import { contentWidth } from "../html/pageGeometry.js";
import { createTranslator } from "../html/translator.js";
import { type ReportCharts, reportCharts } from "./reportCharts.js";
import { createTextMeasurer } from "./textMeasurer.js";

/**
 * The charts of a report outside the report: the same SVG figures `renderHtml` embeds (same brand, locale
 * strings and page width), for a notebook or a dashboard that shows one chart at a time.
 *
 * @example
 * const { trend } = await modelCharts(model, { brand: defaultBrand() });
 * trend.svg // "<svg …"
 */
export async function modelCharts(
  model: ReportModel,
  options: { readonly brand: ResolvedBrand; readonly templateDir?: string },
): Promise<ReportCharts> {
  const { brand } = options;
  const templates = await loadTemplateSet(model.locale, options.templateDir);
  const format = createFormatter(model.locale, model.method.rounding.decimals);
  return reportCharts({
    model,
    brand,
    t: createTranslator(templates.strings, format),
    format,
    width: contentWidth(brand.pageSize),
    measureText: createTextMeasurer(brand.font),
  });
}
