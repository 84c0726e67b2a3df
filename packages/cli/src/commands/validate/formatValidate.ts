import { displayPath } from "../../displayPath.js";
import { columns } from "../../format.js";
import type { ValidateRun } from "./runValidate.js";

/** The terminal form of a {@link ValidateRun}: the accounting, by reason and by source, the periods, the quarantine. */
export function formatValidate(run: ValidateRun, cwd = process.cwd()): string {
  const { accounting: a } = run;
  const count = (n: number) => n.toLocaleString("en");
  const shown = (path: string) => displayPath(path, cwd);
  const lines = [
    run.config === null ? "No config file; reading --input" : `Config: ${shown(run.config)}`,
    `Records: ${count(a.read)} read = ${count(a.accepted)} answered + ${count(a.unanswered)} unanswered + ${count(a.rejected)} rejected + ${count(a.duplicates)} duplicates`,
  ];
  const reasons = Object.entries(a.rejectedByReason).sort(([, x], [, y]) => y - x);
  if (reasons.length > 0) {
    lines.push(
      "",
      columns(
        ["Rejected by reason", "records"],
        reasons.map(([reason, n]) => [reason, count(n)]),
      ),
    );
  }
  if (run.sources.length > 1) {
    lines.push(
      "",
      columns(
        ["Source", "read", "answered", "unanswered", "rejected", "duplicates"],
        run.sources.map((s) =>
          [s.source, s.read, s.accepted, s.unanswered, s.rejected, s.duplicates].map(String),
        ),
      ),
    );
  }
  lines.push(
    "",
    run.periods === null
      ? "Periods: none (no valid responses)"
      : `Periods: ${run.periods.first} to ${run.periods.last} (${run.periods.count} with responses), time zone ${run.timeZone}`,
  );
  if (run.quarantine !== null) lines.push(`Quarantine: ${shown(run.quarantine)}`);
  return `${lines.join("\n")}\n`;
}
