import { roundHalfAwayFromZero } from "./roundHalfAwayFromZero.js";

/** Locale-aware number and date formatting for reports, all through Intl: one for the HTML report, the
 * Markdown summary and the recommendations, so a figure reads the same in each. */
export interface Formatter {
  readonly locale: string;
  /** A count or whole number: "1,234" / "1 234". */
  integer(value: number): string;
  /** A value rounded half away from zero to `decimals` places (the report's rounding rule by default). */
  decimal(value: number, decimals?: number): string;
  /** A difference with its sign: "+6", "−4", "0". */
  signed(value: number, decimals?: number): string;
  /** A percentage given in 0..100: "51%" / "51 %". */
  percent(value: number, decimals?: number): string;
  /** A share given as a fraction 0..1, shown as a percentage. */
  share(fraction: number, decimals?: number): string;
  /** A confidence level (0.95) as "95%" / "95 %". */
  level(level: number): string;
  /** A p-value: "0.03", "0.004", "< 0.001" (with a no-break space). */
  pValue(p: number): string;
  /** A date-time as a long date in a time zone: "November 2, 2026" / "2 ноября 2026 г.". */
  date(iso: string, timeZone: string): string;
  /** A date-time as a short date: "Oct 28, 2026" / "28 окт. 2026 г.". */
  shortDate(iso: string, timeZone: string): string;
}

/** Typographic minus (U+2212) instead of the hyphen Intl prints: numbers in a report read as numbers. */
const minus = (text: string): string => text.replace(/-/g, "\u2212");

/**
 * A {@link Formatter} for a locale; `decimals` is the report's display rounding (`method.rounding.decimals`).
 * Values are rounded half away from zero (core's rule) before Intl prints them, so "26.5" shows as "27"
 * everywhere. Russian gets Intl's own conventions: a no-break space in "1 234" and before "%", a comma for
 * decimals.
 *
 * @example
 * createFormatter("ru").percent(51) // "51 %" (with U+00A0)
 * createFormatter("en").signed(-4)  // "−4"
 */
export function createFormatter(locale: string, decimals = 0): Formatter {
  const cache = new Map<string, Intl.NumberFormat>();
  const numberFormat = (digits: number, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat => {
    const key = `${digits}:${JSON.stringify(options)}`;
    let format = cache.get(key);
    if (format === undefined) {
      format = new Intl.NumberFormat(locale, {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
        ...options,
      });
      cache.set(key, format);
    }
    return format;
  };
  const round = (value: number, digits: number): number => {
    const rounded = roundHalfAwayFromZero(value, digits);
    return rounded === 0 ? 0 : rounded; // no "−0"
  };
  const dateFormat = (options: Intl.DateTimeFormatOptions, iso: string): string =>
    new Intl.DateTimeFormat(locale, options).format(new Date(iso));
  return {
    locale,
    integer: (value) => minus(numberFormat(0).format(round(value, 0))),
    decimal: (value, digits = decimals) => minus(numberFormat(digits).format(round(value, digits))),
    signed: (value, digits = decimals) =>
      minus(numberFormat(digits, { signDisplay: "exceptZero" }).format(round(value, digits))),
    percent: (value, digits = decimals) =>
      minus(numberFormat(digits, { style: "percent" }).format(round(value, digits) / 100)),
    share: (fraction, digits = decimals) =>
      minus(numberFormat(digits, { style: "percent" }).format(round(fraction * 100, digits) / 100)),
    level: (level) =>
      numberFormat(0, { style: "percent", maximumFractionDigits: 1 }).format(round(level * 100, 1) / 100),
    pValue: (p) =>
      p < 0.001
        ? `<\u00a0${numberFormat(3).format(0.001)}`
        : numberFormat(p < 0.01 ? 3 : 2).format(round(p, p < 0.01 ? 3 : 2)),
    date: (iso, timeZone) => dateFormat({ dateStyle: "long", timeZone }, iso),
    shortDate: (iso, timeZone) => dateFormat({ dateStyle: "medium", timeZone }, iso),
  };
}
