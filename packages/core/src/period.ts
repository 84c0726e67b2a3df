import { DateTime } from "luxon";
import { PeriodError } from "./errors.js";

/** Calendar grain of a reporting period. Weeks are ISO weeks (Monday to Sunday, week-numbering year). */
export type PeriodGrain = "month" | "week" | "quarter" | "year";

/** Every supported grain, default first. */
export const PERIOD_GRAINS: readonly PeriodGrain[] = ["month", "week", "quarter", "year"];

/**
 * A calendar period in a time zone: the half-open interval [start, end).
 * Plain JSON, so it can sit in a ReportModel as it is.
 */
export interface Period {
  readonly grain: PeriodGrain;
  /** Sortable key: "2026-10" (month), "2026-W44" (week), "2026-Q4" (quarter), "2026" (year). */
  readonly key: string;
  /** IANA time zone the period's boundaries are in. */
  readonly timeZone: string;
  /** First instant of the period, ISO 8601 with the zone's offset, e.g. "2026-10-01T00:00:00+03:00". */
  readonly start: string;
  /** First instant after the period (exclusive end). */
  readonly end: string;
}

/**
 * The period of `grain` that contains the local time `local`. Internal: callers outside the period modules
 * use {@link periodOf}, {@link parsePeriod} and {@link shiftPeriod}, which validate their input first.
 */
export function periodContaining(local: DateTime, grain: PeriodGrain): Period {
  const start = local.startOf(grain);
  // startOf again: when local midnight is skipped (DST at 00:00), `start` is 01:00, and adding a month
  // would keep that hour and overlap the next period, which starts at its own first instant.
  const end = start.plus({ [`${grain}s`]: 1 }).startOf(grain);
  return {
    grain,
    key: keyOf(start, grain),
    timeZone: local.zoneName ?? "UTC",
    start: isoOf(start),
    end: isoOf(end),
  };
}

function keyOf(start: DateTime, grain: PeriodGrain): string {
  switch (grain) {
    case "month":
      return start.toFormat("yyyy-LL");
    case "week":
      return `${String(start.weekYear).padStart(4, "0")}-W${String(start.weekNumber).padStart(2, "0")}`;
    case "quarter":
      return `${String(start.year).padStart(4, "0")}-Q${start.quarter}`;
    case "year":
      return String(start.year).padStart(4, "0");
  }
}

function isoOf(instant: DateTime): string {
  return instant.toISO({ suppressMilliseconds: true }) ?? "";
}

/** Throws {@link PeriodError} (code `NPSKIT_E_PERIOD`) unless `grain` is one of {@link PERIOD_GRAINS}. */
export function assertGrain(grain: string): asserts grain is PeriodGrain {
  if (!PERIOD_GRAINS.includes(grain as PeriodGrain)) {
    throw new PeriodError(
      `unknown period grain ${JSON.stringify(grain)} (expected one of: ${PERIOD_GRAINS.join(", ")})`,
    );
  }
}

/** The start of a period as a Luxon DateTime in its own zone. */
export function startOf(period: Period): DateTime {
  return DateTime.fromISO(period.start, { zone: period.timeZone, setZone: false });
}
