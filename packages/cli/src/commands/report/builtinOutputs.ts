import type { OutputPlugin, ReportModel } from "@npskit/core";
import { html } from "@npskit/output-html";
import { json } from "@npskit/output-json";
import { markdown } from "@npskit/output-markdown";
import { pdf } from "@npskit/output-pdf";
import { type PdfRenderer, type ResolvedBrand, renderHtml } from "@npskit/render";
import type { ReportFormat } from "./reportFormats.js";

/** What the built-in outputs of `--format` are made with. */
export interface BuiltinOutputOptions {
  readonly formats: readonly ReportFormat[];
  /** The brand of the HTML and PDF. */
  readonly brand: ResolvedBrand;
  readonly templateDir?: string;
  /** One browser for every PDF of the run; needed when `formats` has "pdf". */
  readonly renderer?: PdfRenderer;
  /** Several reports in one run (`--split-by`): file names then carry the scope, "nps-2026-10-EU.pdf". */
  readonly perScope: boolean;
}

/**
 * The built-in outputs for `--format pdf,html,json,md`, in that order of the list given: `nps-{period}.pdf`
 * and so on, with `-{scope}` before the extension when a run writes one report per segment value.
 */
export function builtinOutputs(options: BuiltinOutputOptions): OutputPlugin<ReportModel>[] {
  const name = (extension: string) => `nps-{period}${options.perScope ? "-{scope}" : ""}.${extension}`;
  const template = options.templateDir === undefined ? {} : { templateDir: options.templateDir };
  const toHtml = (report: ReportModel) => renderHtml(report, { brand: options.brand, ...template });
  return options.formats.map((format): OutputPlugin<ReportModel> => {
    switch (format) {
      case "pdf":
        return pdf({
          html: toHtml,
          fileName: name("pdf"),
          ...(options.renderer !== undefined && { renderer: options.renderer }),
          metadata: { author: options.brand.name },
        });
      case "html":
        return html({ brand: options.brand, ...template, fileName: name("html") });
      case "json":
        return json({ fileName: name("json") });
      default: // "md"; a default clause, so that every path of the callback returns
        return markdown({ fileName: name("md") });
    }
  });
}
