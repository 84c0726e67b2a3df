import { type LabelStyle, periodLabel, type ReportPeriod } from "@npskit/core";

/**
 * A period's label for running text: core's `periodLabel`, with a no-break space inside "2026 г." so the
 * year never wraps away from its "г.".
 *
 * @example
 * periodText(october, "ru") // "октябрь 2026 г." (U+00A0 before "г.")
 */
export function periodText(period: ReportPeriod, locale: string, style: LabelStyle = "long"): string {
  return periodLabel(period, locale, style).replace(/ (г\.|гг\.)/g, "\u00a0$1");
}
