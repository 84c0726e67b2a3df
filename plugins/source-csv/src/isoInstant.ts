const ZERO = 48;
const DAY_MILLIS = 86_400_000;
/** Cumulative days before each month in a common year, January first. */
const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

/**
 * Reads the usual machine-written timestamp straight from the bytes of a CSV field —
 * `YYYY-MM-DDTHH:MM:SSZ` or `YYYY-MM-DDTHH:MM:SS±hh:mm`, years 1900–2999 — as milliseconds since the epoch,
 * without a string or a Date. Anything else (a fraction, a space, a lower-case `t`, a local time, a leap
 * second, 30 February) is `NaN`: the caller then hands the row to the full date parser, which is the
 * reference. Every text this accepts is a valid RFC 3339 date-time, and the value equals `Date.parse`.
 *
 * @example
 * isoInstantAt(Buffer.from("x,2026-10-31T22:30:00Z"), 2, 22) // Date.parse("2026-10-31T22:30:00Z")
 */
export function isoInstantAt(bytes: Uint8Array, start: number, end: number): number {
  const length = end - start;
  if (length !== 20 && length !== 25) return Number.NaN;
  if (
    bytes[start + 4] !== 45 || // -
    bytes[start + 7] !== 45 ||
    bytes[start + 10] !== 84 || // T
    bytes[start + 13] !== 58 || // :
    bytes[start + 16] !== 58
  ) {
    return Number.NaN;
  }
  const year = digits(bytes, start, 4);
  const month = digits(bytes, start + 5, 2);
  const day = digits(bytes, start + 8, 2);
  const hour = digits(bytes, start + 11, 2);
  const minute = digits(bytes, start + 14, 2);
  const second = digits(bytes, start + 17, 2);
  // digits() is negative for a non-digit, which every range check below refuses.
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return Number.NaN;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return Number.NaN;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const monthDays =
    month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  if (day > monthDays) return Number.NaN;

  let offsetMinutes = 0;
  if (length === 20) {
    if (bytes[start + 19] !== 90) return Number.NaN; // Z
  } else {
    const sign = bytes[start + 19];
    if ((sign !== 43 && sign !== 45) || bytes[start + 22] !== 58) return Number.NaN; // + - :
    const offsetHours = digits(bytes, start + 20, 2);
    const offsetRest = digits(bytes, start + 23, 2);
    if (offsetHours < 0 || offsetHours > 23 || offsetRest < 0 || offsetRest > 59) return Number.NaN;
    offsetMinutes = (sign === 45 ? -1 : 1) * (offsetHours * 60 + offsetRest);
  }
  const days = daysSinceEpoch(year, month, day, leap);
  return days * DAY_MILLIS + ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000;
}

/** The value of `count` decimal digits at `at`, or a negative number when one of them is not a digit. */
function digits(bytes: Uint8Array, at: number, count: number): number {
  let value = 0;
  for (let i = 0; i < count; i++) {
    const digit = bytes[at + i]! - ZERO;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** Days from 1970-01-01 to a date of the Gregorian calendar (year ≥ 1900). */
function daysSinceEpoch(year: number, month: number, day: number, leap: boolean): number {
  const y = year - 1;
  const leapDaysBefore = Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400);
  const daysBeforeYear = 365 * y + leapDaysBefore - 719_162; // 719,162 days from 0001-01-01 to 1970-01-01
  return daysBeforeYear + DAYS_BEFORE_MONTH[month - 1]! + (leap && month > 2 ? 1 : 0) + day - 1;
}
