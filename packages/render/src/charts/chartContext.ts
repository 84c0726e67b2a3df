import type { Formatter, ReportModel } from "@npskit/core";
import type { ResolvedBrand } from "../brand/brand.js";
import type { Translator } from "../html/translator.js";
import type { TextMeasurer } from "./textMeasurer.js";

/** Everything a chart needs: the model it draws, the brand it wears, and the words and numbers of its locale. */
export interface ChartContext {
  readonly model: ReportModel;
  readonly brand: ResolvedBrand;
  readonly t: Translator;
  readonly format: Formatter;
  /** Width of the page's text column in CSS pixels: charts are drawn at the size they are printed. */
  readonly width: number;
  readonly measureText: TextMeasurer;
}
