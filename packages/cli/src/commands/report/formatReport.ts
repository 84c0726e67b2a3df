import { displayPath } from "../../displayPath.js";
import { columns, fixed, percentLevel } from "../../format.js";
import { scopeText } from "./qualityGates.js";
import type { ReportRun, ReportSummary } from "./runReport.js";

/**
 * The terminal form of a {@link ReportRun}: the accounting, then per report its NPS with the interval and
 * the change, and the files written (relative to `cwd`), then any failed gate.
 */
export function formatReport(run: ReportRun, cwd = process.cwd()): string {
  const { accounting: a } = run;
  const count = (n: number) => n.toLocaleString("en");
  const shown = (path: string) => displayPath(path, cwd);
  const lines = [
    `Report ${run.period}${run.config === null ? "" : ` from ${shown(run.config)}`}`,
    `Records: ${count(a.read)} read = ${count(a.accepted)} answered + ${count(a.unanswered)} unanswered + ${count(a.rejected)} rejected + ${count(a.duplicates)} duplicates`,
  ];
  const reasons = Object.entries(a.rejectedByReason).map(([reason, n]) => `${reason} ${count(n)}`);
  if (reasons.length > 0) lines.push(`Rejected: ${reasons.join(", ")}`);
  if (run.quarantine !== null) lines.push(`Quarantine: ${shown(run.quarantine)}`);
  lines.push(
    "",
    columns(
      ["Scope", "n", "NPS", "Interval", `Change from previous`],
      run.reports.map((report) => [
        scopeText(report),
        count(report.answered),
        report.displayed === null ? "—" : String(report.displayed).replace("-", "\u2212"),
        intervalText(report),
        changeText(report),
      ]),
    ).trimEnd(),
    "",
    "Files:",
    ...run.reports.flatMap((report) => report.files.map((file) => `  ${shown(file)}`)),
  );
  for (const failure of run.gateFailures) lines.push(`Gate failed: ${failure.message}`);
  return `${lines.join("\n")}\n`;
}

function intervalText(report: ReportSummary): string {
  const { interval } = report;
  return interval === null
    ? ""
    : `${fixed(interval.low, 1)} to ${fixed(interval.high, 1)} (${percentLevel(interval.level)})`;
}

function changeText(report: ReportSummary): string {
  const { change } = report;
  if (change === null) return "—";
  const sign = change.difference > 0 ? "+" : "";
  const verdict = change.significant ? "significant" : "not significant";
  return `${sign}${fixed(change.difference, 1)} (p = ${change.p.toFixed(3)}, ${verdict})`;
}
