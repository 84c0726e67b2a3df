import type { ReportModel } from "@npskit/core";

/** The quality gates of a report build: what makes a scheduled CI job fail after the reports are written. */
export interface QualityGates {
  /** Fail when a report's exact NPS is below this many points (a report without answers fails too). */
  readonly failUnder?: number;
  /** Fail when a report's NPS dropped from the previous period and the drop is statistically significant. */
  readonly failOnDrop?: boolean;
}

/** One failed gate of one report. */
export interface GateFailure {
  readonly gate: "fail-under" | "fail-on-drop";
  /** The report's scope as text: "all responses" or "region=EU". */
  readonly scope: string;
  /** One line a CI log or an annotation can show. */
  readonly message: string;
}

/**
 * Checks every report against the gates. The exact NPS is compared (29.6 is under 30 even though it is
 * shown as 30), and the message shows both. A drop counts only when `change.significant` says so, at the
 * report's confidence level: month-to-month noise must not page anyone.
 *
 * @example
 * qualityGateFailures([model], { failUnder: 40 })
 * // [{ gate: "fail-under", scope: "all responses", message: "NPS 33.2 (shown as 33) for 2026-10 is under --fail-under 40" }]
 */
export function qualityGateFailures(reports: readonly ReportModel[], gates: QualityGates): GateFailure[] {
  const failures: GateFailure[] = [];
  for (const report of reports) {
    const scope = scopeText(report);
    const where = `for ${report.period.key}${scope === "all responses" ? "" : ` (${scope})`}`;
    const { nps, displayed } = report.overall;
    if (gates.failUnder !== undefined) {
      if (nps === null) {
        failures.push({
          gate: "fail-under",
          scope,
          message: `no answered responses ${where}, so NPS cannot be checked against --fail-under ${gates.failUnder}`,
        });
      } else if (nps < gates.failUnder) {
        failures.push({
          gate: "fail-under",
          scope,
          message: `NPS ${round1(nps)} (shown as ${displayed}) ${where} is under --fail-under ${gates.failUnder}`,
        });
      }
    }
    const change = report.change;
    if (gates.failOnDrop === true && change !== null && change.significant && change.difference < 0) {
      const level = Math.round(change.interval.level * 100);
      failures.push({
        gate: "fail-on-drop",
        scope,
        message: `NPS fell ${round1(-change.difference)} points from ${report.previousPeriod.key} ${where}, significant at ${level} % (p = ${change.p.toFixed(3)})`,
      });
    }
  }
  return failures;
}

/** "all responses", or the scope as `dimension=value` pairs. */
export function scopeText(report: Pick<ReportModel, "scope">): string {
  const pairs = Object.entries(report.scope).map(([dimension, value]) => `${dimension}=${value}`);
  return pairs.length === 0 ? "all responses" : pairs.join(", ");
}

function round1(value: number): string {
  return (Math.round(value * 10) / 10).toString();
}
