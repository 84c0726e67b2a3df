import { assertReportModel, createFormatter, type ReportModel } from "@npskit/core";
import type { ResolvedBrand } from "../brand/brand.js";
import { reportCharts } from "../charts/reportCharts.js";
import { createTextMeasurer } from "../charts/textMeasurer.js";
import { createEnvironment } from "./createEnvironment.js";
import { documentShell } from "./documentShell.js";
import { fontFaceCss } from "./fontFaceCss.js";
import { loadTemplateSet } from "./loadTemplateSet.js";
import { pageCss } from "./pageCss.js";
import { contentWidth } from "./pageGeometry.js";
import { periodText } from "./periodText.js";
import { reportView } from "./reportView.js";
import { createTranslator } from "./translator.js";

/** Options of {@link renderHtml}. */
export interface RenderHtmlOptions {
  /** The brand: colours, font, logo, page size, footer (`loadBrand`, `defaultBrand`). */
  readonly brand: ResolvedBrand;
  /**
   * A folder overriding the default template file by file: `layout.hbs`, `report.css`,
   * `partials/<name>.hbs`, `locales/<locale>.json` (merged key by key). Missing files fall back to the default.
   */
  readonly templateDir?: string;
}

/**
 * Renders a ReportModel as one self-contained HTML document: CSS, fonts (woff2 `data:` URIs), logo and charts
 * (inline SVG) are all inside; a CSP `<meta>` forbids loading anything else; `lang` is the model's locale.
 * Every text from the data goes through Handlebars' escaping. Deterministic: the same model, brand and
 * template give byte-identical HTML. Throws for a model that does not match the
 * schema (`InvalidReportError`, from core's `assertReportModel`) and `InputError` for a broken template.
 *
 * @example
 * const html = await renderHtml(model, { brand: await loadBrand("brand/brand.json") })
 */
export async function renderHtml(model: ReportModel, options: RenderHtmlOptions): Promise<string> {
  assertReportModel(model);
  const { brand } = options;
  const templates = await loadTemplateSet(model.locale, options.templateDir);
  const format = createFormatter(model.locale, model.method.rounding.decimals);
  const t = createTranslator(templates.strings, format);
  const charts = reportCharts({
    model,
    brand,
    t,
    format,
    width: contentWidth(brand.pageSize),
    measureText: createTextMeasurer(brand.font),
  });
  const view = reportView(model, brand, charts, t, format);
  const { layout } = createEnvironment(templates, { model, t, format });
  const period = periodText(model.period, model.locale);
  const css = [await fontFaceCss(brand.font), pageCss(brand, t, period), templates.css.source].join("\n");
  return documentShell({
    lang: model.locale,
    title: t("document.title", { name: brand.name, period }),
    css,
    cssFile: templates.css.file,
    body: layout(view),
  });
}
