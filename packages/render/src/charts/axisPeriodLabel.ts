import { periodLabel, type ReportPeriod } from "@npskit/core";

/**
 * A compact x-axis label for a period: months as "Nov" with the year on a second line for the first point
 * and every January ("Jan\n2026"); weeks as their first day; quarters and years by core's short label.
 * Twelve "November 2025"-long labels would not fit a page width.
 *
 * @example
 * axisPeriodLabel(p("2026-01"), "ru", 5) // "янв.\n2026"
 */
export function axisPeriodLabel(period: ReportPeriod, locale: string, index: number): string {
  const date = new Date(period.start);
  const timeZone = period.timeZone;
  switch (period.grain) {
    case "month": {
      const month = new Intl.DateTimeFormat(locale, { month: "short", timeZone }).format(date);
      const showYear = index === 0 || period.key.endsWith("-01");
      return showYear ? `${month}\n${period.key.slice(0, 4)}` : month;
    }
    case "week":
      return new Intl.DateTimeFormat(locale, { month: "short", day: "numeric", timeZone }).format(date);
    default:
      return periodLabel(period, locale, "short");
  }
}
