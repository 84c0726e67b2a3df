import { periodLabel, type ReportModel } from "@npskit/core";
import type { PdfMetadata } from "@npskit/render";

/** The document properties a user may set; the rest of {@link PdfMetadata} comes from the report. */
export type PdfDocumentInfo = Partial<Pick<PdfMetadata, "title" | "author" | "subject" | "keywords">>;

const WORDS = {
  en: { report: "NPS report", subject: "Net Promoter Score" },
  ru: { report: "Отчёт NPS", subject: "Индекс потребительской лояльности (Net Promoter Score)" },
} as const;

/**
 * The PDF metadata of a report: title ("NPS report: October 2026 — EU"), subject and keywords in the
 * report's language, the language itself, both dates from the report's `generatedAt` (the CLI's `--now`,
 * so that a rebuild gives the same bytes), and the report attached. `info` overrides any of the first four.
 *
 * @example
 * pdfMetadataFor(report).title // "NPS report: October 2026"
 */
export function pdfMetadataFor(report: ReportModel, info: PdfDocumentInfo = {}): PdfMetadata {
  const words = WORDS[report.locale] ?? WORDS.en;
  const scope = Object.keys(report.scope)
    .sort()
    .map((dimension) => report.scope[dimension])
    .join(", ");
  const title = `${words.report}: ${periodLabel(report.period, report.locale)}${scope ? ` — ${scope}` : ""}`;
  const keywords = ["NPS", "Net Promoter Score", report.period.key, ...Object.values(report.scope)];
  return {
    title: info.title ?? title,
    subject: info.subject ?? words.subject,
    keywords: info.keywords ?? keywords,
    ...(info.author === undefined ? {} : { author: info.author }),
    language: report.locale,
    now: new Date(report.generatedAt),
    report,
  };
}
