import { openPdfRenderer, type PdfRenderer, type PdfRendererOptions } from "@npskit/render";

/**
 * Runs `work` with one browser kept open for all its PDFs, and closes it at the end, also when `work`
 * throws. Pass the renderer to {@link pdf} as `renderer` so that several reports written in one run share
 * it: starting Chromium costs about as much as printing a report.
 *
 * @throws {BrowserError} `NPSKIT_E_BROWSER` when no browser is found or it does not start.
 * @example
 * await batch(async (renderer) => {
 *   const output = pdf({ html: (report) => renderHtml(report, { brand }), renderer });
 *   for (const report of reports) await output.write(report, ctx);
 * });
 */
export async function batch<T>(
  work: (renderer: PdfRenderer) => Promise<T>,
  options: PdfRendererOptions = {},
): Promise<T> {
  const renderer = await openPdfRenderer(options);
  try {
    return await work(renderer);
  } finally {
    await renderer.close();
  }
}
