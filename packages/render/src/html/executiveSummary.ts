import type { Formatter, ReportModel, ReportSegmentRow } from "@npskit/core";
import { comparisonText, directionOf, pointsText } from "./comparisonText.js";
import { periodText } from "./periodText.js";
import type { Translator } from "./translator.js";

/** One line of the executive summary: a short label and a sentence. */
export interface SummaryItem {
  /** Stable key of the line ("score", "change"…), for templates that style or skip lines. */
  readonly key: string;
  readonly label: string;
  readonly text: string;
}

/**
 * The executive summary: one sentence per topic, written from the model's numbers with the locale's
 * strings — score and interval, change and whether it is significant, target, customer mix, segments that
 * differ significantly, comments, recommendations, data quality. Nothing is computed here that the model
 * does not hold; the choice of words follows the numbers (a change that rounds to zero is "unchanged",
 * a change that is not significant "may be chance").
 */
export function executiveSummary(model: ReportModel, t: Translator, format: Formatter): SummaryItem[] {
  const decimals = model.method.rounding.decimals;
  const num = (value: number) => format.decimal(value, decimals);
  const period = periodText(model.period, model.locale);
  const previousPeriod = periodText(model.previousPeriod, model.locale);
  const items: SummaryItem[] = [];
  const add = (key: string, text: string) => items.push({ key, label: t(`summary.labels.${key}`), text });
  const { overall } = model;

  if (overall.displayed === null || overall.interval === null) {
    add("score", t("summary.noAnswers", { period }));
  } else {
    add(
      "score",
      t("summary.nps", {
        period,
        nps: num(overall.displayed),
        level: format.level(overall.interval.level),
        low: num(overall.interval.low),
        high: num(overall.interval.high),
        answered: t("units.answered", { count: overall.answered }),
        answeredCount: overall.answered,
      }),
    );
  }

  if (model.change !== null && model.previous?.displayed != null) {
    const words = comparisonText(model.change, t, format, decimals);
    const previous = num(model.previous.displayed);
    const key =
      words.direction === "flat"
        ? "summary.changeNone"
        : `summary.change${words.direction === "up" ? "Up" : "Down"}${model.change.significant ? "" : "Chance"}`;
    add("change", t(key, { points: words.points, previous, period: previousPeriod, p: words.p }));
  } else if (overall.displayed !== null) {
    add("change", t("summary.noPrevious", { period: previousPeriod }));
  }

  if (model.target !== null && overall.displayed !== null) {
    const gap = overall.displayed - model.target;
    const points = pointsText(Math.abs(gap), t, format, decimals);
    const target = num(model.target);
    add(
      "target",
      directionOf(gap, decimals) === "flat"
        ? t("summary.targetMet", { target })
        : t(gap > 0 ? "summary.targetAbove" : "summary.targetBelow", { points, target }),
    );
  }

  if (overall.displayedShares !== null) {
    const shares = overall.displayedShares;
    add(
      "mix",
      t("summary.mix", {
        promoters: format.percent(shares.promoters, decimals),
        passives: format.percent(shares.passives, decimals),
        detractors: format.percent(shares.detractors, decimals),
      }),
    );
  }

  add("segments", segmentsSentence(model, t, format, decimals));

  const comments = model.comments.total;
  const commented = comments.promoter + comments.passive + comments.detractor;
  add(
    "comments",
    commented === 0
      ? t("summary.noComments")
      : t("summary.comments", { count: commented, detractors: comments.detractor }),
  );

  const first = model.recommendations[0];
  add(
    "recommendations",
    first === undefined
      ? t("summary.noRecommendations")
      : t("summary.recommendations", { count: model.recommendations.length, first: first.title }),
  );

  const quality = model.dataQuality;
  const counts = { rejected: quality.rejected, read: quality.read, duplicates: quality.duplicates };
  const dataKey =
    quality.read === 0
      ? "summary.dataNone"
      : quality.rejected > 0 && quality.duplicates > 0
        ? "summary.data"
        : quality.rejected > 0
          ? "summary.dataRejected"
          : quality.duplicates > 0
            ? "summary.dataDuplicates"
            : "summary.dataClean";
  add("data", t(dataKey, counts));
  return items;
}

function segmentsSentence(model: ReportModel, t: Translator, format: Formatter, decimals: number): string {
  const rows = model.segments.flatMap((table) => table.rows);
  if (rows.length === 0) return t("summary.segmentsEmpty");
  const name = (row: ReportSegmentRow) => row.value ?? t("segments.noValue");
  const item = (row: ReportSegmentRow) =>
    t("summary.segmentItem", {
      name: name(row),
      difference: format.signed(row.differenceFromOverall ?? 0, decimals),
    });
  const significant = rows.filter((row) => row.versusRest?.significant === true);
  if (significant.length > 0) {
    // Largest differences first: the reader sees the biggest gap before the list gets long.
    const ordered = [...significant].sort(
      (a, b) => Math.abs(b.differenceFromOverall ?? 0) - Math.abs(a.differenceFromOverall ?? 0),
    );
    return t("summary.segmentsSignificant", { list: ordered.map(item).join(", ") });
  }
  const widest = rows
    .filter((row) => row.differenceFromOverall !== null)
    .reduce<ReportSegmentRow | undefined>(
      (best, row) =>
        best === undefined ||
        Math.abs(row.differenceFromOverall ?? 0) > Math.abs(best.differenceFromOverall ?? 0)
          ? row
          : best,
      undefined,
    );
  if (widest === undefined) return t("summary.segmentsEmpty");
  return t("summary.segmentsNone", {
    name: name(widest),
    difference: format.signed(widest.differenceFromOverall ?? 0, decimals),
  });
}
