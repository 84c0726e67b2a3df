import {
  createFormatter,
  periodLabel,
  type ReportModel,
  type ReportSegmentRow,
  roundHalfAwayFromZero,
} from "@npskit/core";
import { codeSpan, escapeMarkdown } from "./escapeMarkdown.js";
import { MARKDOWN_STRINGS, type MarkdownStrings, METHOD_NAMES } from "./markdownStrings.js";

/** Recommendations listed, the most important first: a summary, not the report. */
const RECOMMENDATIONS = 3;

/** Rows of the segment table: the groups furthest from the overall NPS, across all dimensions. */
const SEGMENT_ROWS = 5;

/**
 * A short Markdown summary of a report, for a CI job summary or a pull-request comment: headline NPS with
 * its interval, the change from the previous period and whether it is significant, the target, the customer
 * mix, the segments furthest from overall (significant ones marked), and one data-quality line. In the
 * report's language; every text from the data is escaped.
 *
 * @example
 * markdownSummary(model).split("\n")[0] // "### Net Promoter Score — October 2026"
 */
export function markdownSummary(report: ReportModel): string {
  const s = MARKDOWN_STRINGS[report.locale];
  const decimals = report.method.rounding.decimals;
  const f = createFormatter(report.locale, decimals);
  const rules = new Intl.PluralRules(report.locale);
  const plural = (forms: MarkdownStrings["points"], count: number) =>
    forms[rules.select(count)] ?? forms.other;
  const points = (value: number) =>
    fill(plural(s.points, roundHalfAwayFromZero(Math.abs(value), decimals)), {
      points: f.decimal(Math.abs(value)),
    });
  const period = periodLabel(report.period, report.locale);
  const previousPeriod = periodLabel(report.previousPeriod, report.locale);
  const { overall } = report;
  const lines = [`### ${fill(s.title, { period })}`, ""];

  if (overall.displayed === null || overall.interval === null) {
    lines.push(`- ${fill(s.noAnswers, { period })}`);
  } else {
    lines.push(
      `- ${fill(s.headline, {
        nps: f.decimal(overall.displayed),
        level: f.level(overall.interval.level),
        low: f.decimal(overall.interval.low),
        high: f.decimal(overall.interval.high),
        answered: fill(plural(s.answered, overall.answered), { count: f.integer(overall.answered) }),
      })}`,
    );
    if (report.change !== null && report.previous?.displayed != null) {
      const rounded = roundHalfAwayFromZero(report.change.difference, decimals);
      const values = {
        arrow: rounded > 0 ? "↑" : "↓",
        change: f.signed(report.change.difference),
        previousPeriod,
        previous: f.decimal(report.previous.displayed),
        // The report's own p-value text ("0.03", "< 0.001"), after "p" and, unless it is a bound, "=".
        p: `p\u00a0${report.change.p < 0.001 ? "" : "=\u00a0"}${f.pValue(report.change.p)}`,
      };
      const template =
        rounded === 0 ? s.changeNone : report.change.significant ? s.changeSignificant : s.changeChance;
      lines.push(`- ${fill(template, values)}`);
    } else {
      lines.push(`- ${fill(s.noPrevious, { previousPeriod })}`);
    }
    if (report.target !== null) {
      const gap = roundHalfAwayFromZero(overall.displayed - report.target, decimals);
      const template = gap === 0 ? s.targetMet : gap > 0 ? s.targetAbove : s.targetBelow;
      lines.push(`- ${fill(template, { target: f.decimal(report.target), points: points(gap) })}`);
    }
  }

  if (overall.displayedShares !== null) {
    const shares = overall.displayedShares;
    lines.push(
      "",
      `| ${s.categories.join(" | ")} |`,
      "| ---: | ---: | ---: |",
      `| ${[shares.promoters, shares.passives, shares.detractors].map((share) => f.percent(share)).join(" | ")} |`,
    );
  }

  lines.push("", `#### ${s.segmentsTitle}`, "");
  const rows = report.segments
    .flatMap((table) => table.rows.map((row) => ({ dimension: table.dimension, row })))
    .filter(({ row }) => row.differenceFromOverall !== null && row.result.displayed !== null)
    .sort((a, b) => Math.abs(b.row.differenceFromOverall ?? 0) - Math.abs(a.row.differenceFromOverall ?? 0))
    .slice(0, SEGMENT_ROWS);
  if (rows.length === 0) {
    lines.push(s.noSegments);
  } else {
    lines.push(`| ${s.segmentColumns.join(" | ")} |`, "| --- | ---: | ---: | ---: |");
    for (const { dimension, row } of rows) {
      const name = `${escapeMarkdown(dimension)}: ${escapeMarkdown(row.value ?? s.notSet)}`;
      lines.push(
        `| ${name} | ${f.integer(row.result.answered)} | ${f.decimal(row.result.displayed ?? 0)} | ${f.signed(row.differenceFromOverall ?? 0)}${mark(row)} |`,
      );
    }
  }

  if (report.recommendations.length > 0) {
    lines.push("", `#### ${s.recommendationsTitle}`, "");
    report.recommendations.slice(0, RECOMMENDATIONS).forEach((recommendation, index) => {
      lines.push(
        `${index + 1}. **${escapeMarkdown(recommendation.title)}** — ${escapeMarkdown(recommendation.rationale)}`,
      );
    });
  }

  const q = report.dataQuality;
  lines.push(
    "",
    fill(s.dataQuality, {
      read: f.integer(q.read),
      accepted: f.integer(q.accepted),
      unanswered: f.integer(q.unanswered),
      rejected: f.integer(q.rejected),
      duplicates: f.integer(q.duplicates),
    }) + (q.quarantine === null ? "" : ` ${fill(s.quarantine, { file: codeSpan(q.quarantine) })}`),
    "",
    `<sub>${fill(s.footer, {
      method: METHOD_NAMES[report.locale][report.method.interval.method] ?? report.method.interval.method,
      level: f.level(report.method.interval.level),
    })}</sub>`,
  );
  return `${lines.join("\n")}\n`;
}

function mark(row: ReportSegmentRow): string {
  if (row.versusRest === null || !row.versusRest.significant) return "";
  return row.versusRest.difference > 0 ? " ↑" : " ↓";
}

/** Fills `{name}` placeholders; every value is ours (formatted numbers) or already escaped. */
function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? `{${name}}`);
}
