// Test helper: the context charts and helpers get during a render, built the way renderHtml builds it.
import type { ReportModel } from "@npskit/core";
import { createFormatter } from "@npskit/core";
import type { ResolvedBrand } from "../src/brand/brand.js";
import { defaultBrand } from "../src/brand/defaultBrand.js";
import type { ChartContext } from "../src/charts/chartContext.js";
import { createTextMeasurer } from "../src/charts/textMeasurer.js";
import { loadTemplateSet } from "../src/html/loadTemplateSet.js";
import { contentWidth } from "../src/html/pageGeometry.js";
import { createTranslator } from "../src/html/translator.js";

/** A chart context for `model` with the default template's strings and `brand` (default: npskit's). */
export async function reportContext(model: ReportModel, brand?: ResolvedBrand): Promise<ChartContext> {
  const resolved = brand ?? defaultBrand(model.locale);
  const templates = await loadTemplateSet(model.locale);
  const format = createFormatter(model.locale, model.method.rounding.decimals);
  return {
    model,
    brand: resolved,
    t: createTranslator(templates.strings, format),
    format,
    width: contentWidth(resolved.pageSize),
    measureText: createTextMeasurer(resolved.font),
  };
}
