import type { Aggregation, AggregationCell, Breakdown } from "./aggregation.js";
import { compareValues } from "./aggregator.js";
import { compareNps } from "./compareNps.js";
import { InvalidArgumentError } from "./errors.js";
import { emptyHistogram, type Histogram } from "./histogram.js";
import { nps } from "./nps.js";
import { answeredOf, countsOf } from "./npsCounts.js";
import { reportComparison } from "./reportComparison.js";
import type {
  ReportResult,
  ReportSegmentPrevious,
  ReportSegmentRow,
  ReportSegmentTable,
} from "./reportModel.js";
import { reportResult } from "./reportResult.js";
import type { ReportSettings } from "./reportSettings.js";
import { histogramAt } from "./selectCells.js";

/**
 * The segment tables of a report: one per dimension the aggregation was broken down by on its own — or, for a
 * report restricted to a `scope` such as `{ region: "Europe" }`, one per breakdown that adds a single
 * dimension to the scope's (`["region", "plan"]` gives the plan table of Europe). Tables follow the order of
 * the aggregation's breakdowns and are kept, with no rows, when the period has no responses.
 *
 * Rows: one per value seen in the period, the largest group (most answered) first, then by value in code-point
 * order with `null` (responses without a value) last. Each row has its result, its exact difference from the
 * overall NPS, and `versusRest`: `compareNps(rest, group)` where rest = the overall histogram minus the group's,
 * so `difference` = group − rest and a positive z means the group scores higher than everyone else. The two
 * sides share no response, which is what makes the z-test valid (a group against a total containing it is not).
 *
 * With `previousPeriod` (a period key), each row also has `previous`: the same group (same scope, same value,
 * `null` included) in that period — `{ answered, nps }` with the exact NPS, or `null` when the group had no
 * answered response then. Only groups seen in `period` have rows; a group that answered only before is in
 * the previous overall result but in no row.
 *
 * @example
 * segmentTables(aggregation, "2026-10", {}, overallHistogram, overall, settings, "2026-09")
 * // [{ dimension: "region", rows: [{ value: "Europe", result: {…}, differenceFromOverall: 4.2, versusRest: {…},
 * //    previous: { answered: 120, nps: 31.7 } }, …] }, …]
 */
export function segmentTables(
  aggregation: Aggregation,
  period: string,
  scope: Readonly<Record<string, string>>,
  overallHistogram: Histogram,
  overall: ReportResult,
  settings: ReportSettings,
  previousPeriod?: string,
): ReportSegmentTable[] {
  const scoped = Object.keys(scope);
  const tables: ReportSegmentTable[] = [];
  for (const breakdown of aggregation.breakdowns) {
    const dimension = extraDimension(breakdown, scoped);
    // ["region", "plan"] and ["plan", "region"] are the same groups: one table.
    if (dimension === undefined || tables.some((table) => table.dimension === dimension)) continue;
    // Cells of exactly this breakdown: `cellsOf` matches dimensions as a set, and an aggregation may hold
    // both ["region", "plan"] and ["plan", "region"], which would list every group twice.
    const order = JSON.stringify(breakdown);
    const cells = aggregation.cells.filter(
      (cell) =>
        cell.period === period &&
        JSON.stringify(cell.breakdown) === order &&
        scoped.every((name) => cell.segment[name] === scope[name]),
    );
    const rows = cells
      .map((cell) => ({ cell, answered: answeredOf(countsOf(cell.histogram)) }))
      .sort(
        (a, b) =>
          b.answered - a.answered ||
          compareValues([segmentValue(a.cell, dimension)], [segmentValue(b.cell, dimension)]),
      )
      .map(({ cell }) => {
        const value = segmentValue(cell, dimension);
        const others = rest(overallHistogram, cell.histogram, `${dimension} ${JSON.stringify(value)}`);
        const row = segmentRow(value, cell.histogram, others, overall, settings);
        if (previousPeriod === undefined) return row;
        const before = histogramAt(aggregation, previousPeriod, { ...scope, [dimension]: value });
        return { ...row, previous: previousOf(before) };
      });
    tables.push({ dimension, rows });
  }
  return tables;
}

function segmentRow(
  value: string | null,
  histogram: Histogram,
  others: Histogram,
  overall: ReportResult,
  settings: ReportSettings,
): ReportSegmentRow {
  const result = reportResult(histogram, settings);
  const comparison = { method: settings.comparison, level: settings.interval.level };
  return {
    value,
    result,
    differenceFromOverall: result.nps === null || overall.nps === null ? null : result.nps - overall.nps,
    versusRest: reportComparison(compareNps(others, histogram, comparison)),
  };
}

/** A group's previous-period figures: answered and exact NPS, or null when nothing was answered. */
function previousOf(histogram: Histogram): ReportSegmentPrevious | null {
  const counts = countsOf(histogram);
  const answered = answeredOf(counts);
  return answered === 0 ? null : { answered, nps: nps(counts) };
}

/**
 * Everyone in the overall histogram but the group: a difference of histograms, exact because the group is part
 * of the total. A group larger than the total means histograms from different data were merged: say so.
 */
function rest(overall: Histogram, group: Histogram, name: string): Histogram {
  const result = emptyHistogram();
  for (let score = 0; score < result.counts.length; score++) {
    result.counts[score] = (overall.counts[score] ?? 0) - (group.counts[score] ?? 0);
  }
  result.unanswered = overall.unanswered - group.unanswered;
  if (result.unanswered < 0 || result.counts.some((count) => count < 0)) {
    throw new InvalidArgumentError(
      `the aggregation is inconsistent: the ${name} group has more responses than the total it belongs to`,
    );
  }
  return result;
}

/** The one dimension `breakdown` adds to the scope's dimensions, or undefined when it is not such a breakdown. */
function extraDimension(breakdown: Breakdown, scoped: readonly string[]): string | undefined {
  if (breakdown.length !== scoped.length + 1 || !scoped.every((name) => breakdown.includes(name))) {
    return undefined;
  }
  return breakdown.find((name) => !scoped.includes(name));
}

function segmentValue(cell: AggregationCell, dimension: string): string | null {
  return cell.segment[dimension] ?? null;
}
