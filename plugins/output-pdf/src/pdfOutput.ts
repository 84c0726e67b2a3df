import { relative, resolve } from "node:path";
import { defineOutput, InvalidArgumentError, type ReportModel } from "@npskit/core";
import { checkFileNamePattern, outputFile, writeFileAtomic } from "@npskit/output-files";
import { finishPdf, openPdfRenderer, type PdfRenderer, type PdfRendererOptions } from "@npskit/render";
import { type PdfDocumentInfo, pdfMetadataFor } from "./pdfDocumentInfo.js";

/** The default file name pattern: one PDF per period, e.g. `nps-2026-10.pdf`. */
export const DEFAULT_FILE_NAME = "nps-{period}.pdf";

/** Options of the PDF output. Only `html` is required. */
export interface PdfOutputOptions {
  /**
   * Makes the report's self-contained HTML (fonts, images and charts inlined; print CSS with `@page`).
   * The HTML output's renderer fits: `(report) => renderHtml(report, { brand })`.
   */
  readonly html: (report: ReportModel) => Promise<string>;
  /**
   * File name in the output folder; `{period}` is the period key, `{scope}` the scope's values ("all" for
   * everyone). May contain sub-folders.
   * @default "nps-{period}.pdf"
   */
  readonly fileName?: string;
  /**
   * Browser and timeout options (`executablePath`, `timeout`, `args`) of the renderer this output opens
   * for each report. Ignored when `renderer` is given.
   * @default {}
   */
  readonly browser?: Omit<PdfRendererOptions, "logger">;
  /**
   * A renderer to share across reports, e.g. from {@link batch}: its browser stays open between writes and
   * the output never closes it. Without one, each write starts a browser and closes it again.
   */
  readonly renderer?: PdfRenderer;
  /** Title, author, subject and keywords, fixed or per report; by default made from the report. */
  readonly metadata?: PdfDocumentInfo | ((report: ReportModel) => PdfDocumentInfo);
}

/**
 * The PDF output ("npskit:pdf"): prints each report's HTML with headless Chrome/Chromium into a tagged
 * PDF with an outline, sets its metadata, attaches the ReportModel as `report.json`, and writes it
 * atomically into the output folder. Same report and same `generatedAt` give the same bytes.
 *
 * @example
 * import { renderHtml } from "@npskit/render";
 * export default defineConfig({ outputs: [pdf({ html: (report) => renderHtml(report, { brand }) })] });
 */
export const pdf = defineOutput<PdfOutputOptions, ReportModel>((options) => {
  if (typeof options?.html !== "function") {
    throw new InvalidArgumentError("The pdf output needs `html`: a function from the report to its HTML.", {
      location: { field: "html" },
    });
  }
  const pattern = options.fileName ?? DEFAULT_FILE_NAME;
  checkFileNamePattern(pattern, ".pdf");
  return {
    name: "npskit:pdf",
    async write(report, ctx) {
      const file = outputFile(ctx.outDir, pattern, report);
      const inside = relative(resolve(ctx.outDir), file);
      const html = await options.html(report);
      ctx.signal.throwIfAborted();
      const owned = options.renderer === undefined;
      const renderer =
        options.renderer ?? (await openPdfRenderer({ ...options.browser, logger: ctx.logger }));
      // Ctrl-C must not wait for a print to finish: a browser of our own is killed at once.
      const stop = () => void renderer.close();
      if (owned) ctx.signal.addEventListener("abort", stop, { once: true });
      let printed: Uint8Array;
      try {
        printed = (await renderer.render(html, { name: inside })).pdf;
      } catch (error) {
        ctx.signal.throwIfAborted();
        throw error;
      } finally {
        if (owned) {
          ctx.signal.removeEventListener("abort", stop);
          await renderer.close();
        }
      }
      const info = typeof options.metadata === "function" ? options.metadata(report) : options.metadata;
      const bytes = await finishPdf(printed, pdfMetadataFor(report, info));
      ctx.signal.throwIfAborted();
      await writeFileAtomic(file, bytes);
      ctx.logger.debug(`Wrote ${file} (${bytes.length} bytes)`);
      return { files: [file] };
    },
  };
});
