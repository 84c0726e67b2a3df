// @npskit/render: the report renderer. HTML (templates, brand, charts) and PDF (browser, print, metadata).
// This file only re-exports; each area keeps its own block below.

// --- html: templates, Handlebars environment, brand, charts -------------------------------------------------
export type {
  BrandColors,
  BrandFile,
  BrandFont,
  BrandFontFace,
  BrandLocale,
  BrandLogo,
  BundledFontFamily,
  PageSize,
  ResolvedBrand,
} from "./brand/brand.js";
export { BUNDLED_FONT_FAMILIES } from "./brand/bundledFont.js";
export { defaultBrand } from "./brand/defaultBrand.js";
export { DEFAULT_COLORS } from "./brand/defaultColors.js";
export { loadBrand } from "./brand/loadBrand.js";
export type { ResolveBrandOptions } from "./brand/resolveBrand.js";
export { resolveBrand } from "./brand/resolveBrand.js";
export { validateBrand } from "./brand/validateBrand.js";
export type { WordmarkOptions } from "./brand/wordmarkSvg.js";
export { wordmarkSvg } from "./brand/wordmarkSvg.js";
export type { ChartFigure } from "./charts/chartFigure.js";
export { modelCharts } from "./charts/modelCharts.js";
export type { ReportCharts } from "./charts/reportCharts.js";
export { defaultTemplateDir } from "./html/defaultTemplateDir.js";
export { REPORT_CSP } from "./html/documentShell.js";
export type { RenderHtmlOptions } from "./html/renderHtml.js";
export { renderHtml } from "./html/renderHtml.js";

// --- pdf: browser resolution, rendering, PDF post-processing -----------------------------------------------
export type { PdfMetadata } from "./pdf/finishPdf.js";
export { finishPdf, REPORT_ATTACHMENT_NAME } from "./pdf/finishPdf.js";
export type { PdfDiagnostics, PdfRendererOptions, RenderedPdf, RenderPdfOptions } from "./pdf/pdfRenderer.js";
export { openPdfRenderer, PdfRenderer } from "./pdf/pdfRenderer.js";
export type { BrowserSource, ResolveBrowserOptions, ResolvedBrowser } from "./pdf/resolveBrowser.js";
export { resolveBrowser } from "./pdf/resolveBrowser.js";
