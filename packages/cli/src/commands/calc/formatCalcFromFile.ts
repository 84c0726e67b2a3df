import { periodLabel } from "@npskit/core";
import { columns, fixed, percentLevel } from "../../format.js";
import { formatCalc } from "./formatCalc.js";
import type { CalcFromFileResult, SegmentResult } from "./runCalcFromFile.js";

/**
 * The terminal form of a {@link CalcFromFileResult}: where the numbers come from (file, period, accounting,
 * quarantine), the overall result, then a table per segment dimension.
 */
export function formatCalcFromFile(result: CalcFromFileResult): string {
  const { accounting: a } = result;
  const count = (n: number) => n.toLocaleString("en");
  const scope =
    result.period === null ? "all responses" : `${periodLabel(result.period, "en")} (${result.period.key})`;
  const lines = [
    `${result.input} (${result.format}), ${scope}, time zone ${result.timeZone}`,
    `Records: ${count(a.read)} read = ${count(a.accepted)} answered + ${count(a.unanswered)} unanswered + ${count(a.rejected)} rejected + ${count(a.duplicates)} duplicates`,
  ];
  const reasons = Object.entries(a.rejectedByReason).map(([reason, n]) => `${reason} ${count(n)}`);
  if (reasons.length > 0) lines.push(`Rejected: ${reasons.join(", ")}`);
  if (result.quarantine !== null) lines.push(`Quarantine: ${result.quarantine}`);
  lines.push("", formatCalc(result).trimEnd());
  for (const [dimension, rows] of Object.entries(result.segments))
    lines.push("", segmentTable(dimension, rows));
  return `${lines.join("\n")}\n`;
}

function segmentTable(dimension: string, rows: readonly SegmentResult[]): string {
  const level = rows[0]?.interval?.level ?? 0.95;
  return columns(
    [`By ${dimension}`, "n", "NPS", `${percentLevel(level)} interval`],
    rows.map((row) => [
      row.value ?? "(not set)",
      row.n.toLocaleString("en"),
      row.nps === null ? "—" : fixed(row.nps, 1),
      row.interval === null ? "" : `${fixed(row.interval.low, 1)} to ${fixed(row.interval.high, 1)}`,
    ]),
  );
}
