import { DateTime } from "luxon";
import type { Period } from "./period.js";

/** How long a period label is: "October 2026" or "Oct 2026". */
export type LabelStyle = "long" | "short";

/**
 * A human label for a period in a locale, from the runtime's Intl data (so "ru" gets Russian month names and
 * grammar without a hand-made table): month "October 2026" / "октябрь 2026 г."; week and quarter as a date
 * range ("Oct 26 – Nov 1, 2026"); year "2026".
 *
 * @example
 * periodLabel(parsePeriod("2026-10"), "en") // "October 2026"
 * periodLabel(parsePeriod("2026-Q4"), "en") // "Oct – Dec 2026"
 */
export function periodLabel(period: Period, locale = "en", style: LabelStyle = "long"): string {
  const start = DateTime.fromISO(period.start, { zone: period.timeZone });
  const last = DateTime.fromISO(period.end, { zone: period.timeZone }).minus({ milliseconds: 1 });
  const timeZone = period.timeZone;
  const month = style === "long" ? "long" : "short";
  switch (period.grain) {
    case "year":
      return new Intl.DateTimeFormat(locale, { year: "numeric", timeZone }).format(start.toJSDate());
    case "month":
      return new Intl.DateTimeFormat(locale, { year: "numeric", month, timeZone }).format(start.toJSDate());
    case "quarter":
      return new Intl.DateTimeFormat(locale, { year: "numeric", month: "short", timeZone }).formatRange(
        start.toJSDate(),
        last.toJSDate(),
      );
    case "week":
      return new Intl.DateTimeFormat(locale, {
        year: "numeric",
        month: "short",
        day: "numeric",
        timeZone,
      }).formatRange(start.toJSDate(), last.toJSDate());
  }
}
