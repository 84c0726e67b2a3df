import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { ReportModel } from "@npskit/core";
import { openPdfRenderer, renderHtml } from "@npskit/render";
import { withDisplay } from "../runtime/richValue.js";
import type { NpsDataset } from "./npsDataset.js";

/** Options of {@link reportOf}. */
export interface ReportHelperOptions {
  readonly period?: string;
  /** Also write the PDF here (relative to the notebook), printed with Chromium like `npskit report`. */
  readonly pdf?: string;
  /** Chrome or Chromium for the PDF (else the same lookup as `npskit report`). */
  readonly browser?: string;
}

/** What `report()` gives back: the model, its HTML, and the PDF file when one was written. */
export interface ReportHelperResult {
  readonly model: ReportModel;
  readonly html: string;
  readonly pdf: string | undefined;
}

/**
 * The notebook's `report(data, options)`: the period's ReportModel rendered by `@npskit/render` exactly as
 * `npskit report` renders it — shown inline as `text/html` — and, with `pdf`, printed to that file.
 */
export async function reportOf(
  data: NpsDataset,
  options: ReportHelperOptions,
  notebookDir: string,
): Promise<ReportHelperResult> {
  const model = data.model(options.period);
  const html = await renderHtml(model, {
    brand: data.brand,
    ...(data.templateDir !== undefined && { templateDir: data.templateDir }),
  });
  let pdf: string | undefined;
  if (options.pdf !== undefined) {
    pdf = resolve(notebookDir, options.pdf);
    const renderer = await openPdfRenderer(
      options.browser === undefined ? {} : { executablePath: options.browser },
    );
    try {
      const rendered = await renderer.render(html, { name: pdf });
      await writeFile(pdf, rendered.pdf);
    } finally {
      await renderer.close();
    }
  }
  const result: ReportHelperResult = { model, html, pdf };
  const overall = model.overall;
  return withDisplay(result, () => ({
    "text/html": html,
    "text/plain": `report ${model.period.key}: NPS ${overall.displayed ?? "–"} (n=${overall.answered})${pdf === undefined ? "" : `, PDF ${pdf}`}`,
  }));
}
