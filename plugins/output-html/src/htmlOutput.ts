import { defineOutput, type ReportModel } from "@npskit/core";
import { checkFileNamePattern, outputFile, writeFileAtomic } from "@npskit/output-files";
import { defaultBrand, loadBrand, type ResolvedBrand, renderHtml } from "@npskit/render";

/** Options of the HTML output. */
export interface HtmlOutputOptions {
  /**
   * The brand: a brand file's path (read once, on the first report) or a brand from `loadBrand`.
   * @default npskit's default brand in the report's language
   */
  readonly brand?: string | ResolvedBrand;
  /** A folder overriding the default template file by file (see @npskit/render's template README). */
  readonly templateDir?: string;
  /**
   * File name in the output folder; `{period}` is the period key, `{scope}` the scope's values ("all" for
   * everyone). May contain sub-folders.
   * @default "nps-{period}.html"
   */
  readonly fileName?: string;
}

/** The default file name pattern: one report per period, e.g. `nps-2026-10.html`. */
export const DEFAULT_FILE_NAME = "nps-{period}.html";

/**
 * The HTML output ("npskit:html"): each report as one self-contained HTML file — fonts, logo, charts and
 * styles inside, a Content-Security-Policy that lets nothing load — written atomically as
 * `nps-{period}.html`. It opens offline in any browser and prints like the PDF. Same report, same brand,
 * same bytes.
 *
 * @example
 * defineConfig({ outputs: [html({ brand: "brand/brand.json" })] })
 */
// biome-ignore lint/suspicious/noConfusingVoidType: core's factories take `void` for "no options" (OutputFactory<Options = void>), so html() needs no argument
export const html = defineOutput<HtmlOutputOptions | void, ReportModel>((options) => {
  const pattern = options?.fileName ?? DEFAULT_FILE_NAME;
  checkFileNamePattern(pattern, ".html");
  const configured = options?.brand;
  // A brand file is read once per output, on first use: a bad brand fails the first report, with its key.
  let loaded: Promise<ResolvedBrand> | undefined;
  const brandFor = (report: ReportModel): Promise<ResolvedBrand> | ResolvedBrand => {
    if (configured === undefined) return defaultBrand(report.locale);
    if (typeof configured !== "string") return configured;
    loaded ??= loadBrand(configured);
    return loaded;
  };
  return {
    name: "npskit:html",
    async write(report, ctx) {
      const file = outputFile(ctx.outDir, pattern, report);
      const brand = await brandFor(report);
      const text = await renderHtml(report, {
        brand,
        ...(options?.templateDir === undefined ? {} : { templateDir: options.templateDir }),
      });
      ctx.signal.throwIfAborted();
      await writeFileAtomic(file, text);
      ctx.logger.debug(`Wrote ${file} (${Buffer.byteLength(text)} bytes)`);
      return { files: [file] };
    },
  };
});
