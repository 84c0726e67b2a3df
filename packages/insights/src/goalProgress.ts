import {
  InvalidArgumentError,
  type Period,
  parsePeriod,
  type ReportGoal,
  type ReportModel,
  shiftPeriod,
} from "@npskit/core";
import { leastSquaresSlope } from "./leastSquaresSlope.js";

/** Periods of the trend the recent slope is fitted to, at most. */
const RECENT = 6;
/** Furthest a target date may be from the report period, in periods: beyond it the date is surely a typo. */
const MAX_DISTANCE = 5000;

/**
 * Progress toward `model.target` by `targetDate` (YYYY-MM-DD, a day in the report's time zone): null without
 * either. `periodsLeft` counts periods from the report period to the one holding the date (0 when it is the
 * report period, negative when it is past); `gapNow` = target − NPS; `gainNeededPerPeriod` = gapNow /
 * periodsLeft (null when no period is left); `recentGainPerPeriod` is the least-squares slope of NPS over the
 * trend's last ≤ 6 periods with answers (x = period index, so gaps count; null with fewer than 3 points).
 * On track when the target is already met, or when the recent slope is at least the gain needed; not on track
 * when the date has passed unmet; null when the trend is too short to say.
 *
 * @example
 * // target 40 by 2027-03-31, October 2026 NPS 33.2, trend +1.5 points a month:
 * goalProgress(model, "2027-03-31") // { periodsLeft: 5, gapNow: 6.8, gainNeededPerPeriod: 1.36, recentGainPerPeriod: 1.5, onTrack: true, … }
 */
export function goalProgress(model: ReportModel, targetDate: string | null | undefined): ReportGoal | null {
  if (model.target === null || targetDate === null || targetDate === undefined) return null;
  if (!/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(targetDate)) {
    throw new InvalidArgumentError(
      `targetDate must be a date YYYY-MM-DD (got ${JSON.stringify(targetDate)})`,
    );
  }
  const report = parsePeriod(model.period.key, model.period.timeZone);
  const periodsLeft = periodsUntil(report, targetDate);
  const gapNow = model.overall.nps === null ? null : model.target - model.overall.nps;
  const gainNeededPerPeriod = gapNow === null || periodsLeft <= 0 ? null : gapNow / periodsLeft;
  const recentGainPerPeriod = recentSlope(model);
  return {
    target: model.target,
    date: targetDate,
    periodsLeft,
    gapNow,
    gainNeededPerPeriod,
    recentGainPerPeriod,
    onTrack: onTrack(gapNow, periodsLeft, gainNeededPerPeriod, recentGainPerPeriod),
  };
}

function onTrack(
  gap: number | null,
  left: number,
  needed: number | null,
  recent: number | null,
): boolean | null {
  if (gap === null) return null;
  if (gap <= 0) return true;
  if (left <= 0) return false;
  if (needed === null || recent === null) return null;
  return recent >= needed;
}

/** Steps from `report` to the period whose local dates hold `date` (a period's start carries its local date). */
function periodsUntil(report: Period, date: string): number {
  const holds = (period: Period) => period.start.slice(0, 10) <= date && date < period.end.slice(0, 10);
  const direction = date < report.start.slice(0, 10) ? -1 : 1;
  for (let step = 0; step <= MAX_DISTANCE; step++) {
    if (holds(shiftPeriod(report, direction * step))) return direction * step;
  }
  throw new InvalidArgumentError(
    `targetDate ${date} is more than ${MAX_DISTANCE} periods from ${report.key}`,
  );
}

function recentSlope(model: ReportModel): number | null {
  const points = model.trend
    .map((point, index) => ({ x: index, y: point.nps }))
    .filter((point): point is { x: number; y: number } => point.y !== null)
    .slice(-RECENT);
  return points.length < 3 ? null : leastSquaresSlope(points);
}
