import { roundHalfAwayFromZero } from "@npskit/core";

/** The few number formats of the summary, for one locale and the report's display decimals. */
export interface NumberFormat {
  integer(value: number): string;
  decimal(value: number): string;
  signed(value: number): string;
  /** A percentage given in 0..100. */
  percent(value: number): string;
  /** A confidence level, 0.95 → "95%". */
  level(value: number): string;
  pValue(p: number): string;
}

/**
 * Numbers as the HTML report prints them: Intl for the locale (Russian no-break spaces and decimal commas),
 * rounded half away from zero to the report's decimals, a real minus sign.
 *
 * @example
 * numberFormat("ru", 0).percent(51) // "51 %" (U+00A0)
 */
export function numberFormat(locale: string, decimals: number): NumberFormat {
  const make = (digits: number, options: Intl.NumberFormatOptions = {}) =>
    new Intl.NumberFormat(locale, {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      ...options,
    });
  const fixed = make(decimals);
  const signed = make(decimals, { signDisplay: "exceptZero" });
  const percent = make(decimals, { style: "percent" });
  const round = (value: number, digits = decimals) => {
    const rounded = roundHalfAwayFromZero(value, digits);
    return rounded === 0 ? 0 : rounded;
  };
  const minus = (text: string) => text.replace(/-/g, "\u2212");
  return {
    integer: (value) => minus(make(0).format(round(value, 0))),
    decimal: (value) => minus(fixed.format(round(value))),
    signed: (value) => minus(signed.format(round(value))),
    percent: (value) => minus(percent.format(round(value) / 100)),
    level: (value) =>
      make(0, { style: "percent", maximumFractionDigits: 1 }).format(round(value * 100, 1) / 100),
    pValue: (p) =>
      p < 0.001
        ? `p\u00a0<\u00a0${make(3).format(0.001)}`
        : `p\u00a0=\u00a0${make(p < 0.01 ? 3 : 2).format(round(p, p < 0.01 ? 3 : 2))}`,
  };
}
