/** The report formats `npskit report --format` writes with the built-in outputs. */
export const REPORT_FORMATS = ["pdf", "html", "json", "md"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** What `npskit report` writes when neither `--format` nor the config's `outputs` say. */
export const DEFAULT_FORMATS: readonly ReportFormat[] = ["pdf", "html"];
