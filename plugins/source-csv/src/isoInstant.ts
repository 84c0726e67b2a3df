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
  return isoInstantInto(bytes, start, end, scratch) ? scratch[0]! : Number.NaN;
}

const scratch = new Float64Array(1);

/**
 * {@link isoInstantAt} for hot loops: writes the instant to `out[0]` and returns whether it could, so that no
 * number is boxed on the heap for each row (a returned double outside the small-integer range is).
 */
export function isoInstantInto(b: Uint8Array, at: number, end: number, out: Float64Array): boolean {
  const length = end - at;
  if (length !== 20 && length !== 25) return false;
  if (b[at + 4] !== 45 || b[at + 7] !== 45 || b[at + 10] !== 84 || b[at + 13] !== 58 || b[at + 16] !== 58)
    return false; // - - T : :
  // Each digit minus "0"; `>>> 0` makes a negative one huge, so one comparison refuses any non-digit.
  const y0 = b[at]! - 48;
  const y1 = b[at + 1]! - 48;
  const y2 = b[at + 2]! - 48;
  const y3 = b[at + 3]! - 48;
  const mo0 = b[at + 5]! - 48;
  const mo1 = b[at + 6]! - 48;
  const d0 = b[at + 8]! - 48;
  const d1 = b[at + 9]! - 48;
  const h0 = b[at + 11]! - 48;
  const h1 = b[at + 12]! - 48;
  const mi0 = b[at + 14]! - 48;
  const mi1 = b[at + 15]! - 48;
  const s0 = b[at + 17]! - 48;
  const s1 = b[at + 18]! - 48;
  if (
    y0 >>> 0 > 9 ||
    y1 >>> 0 > 9 ||
    y2 >>> 0 > 9 ||
    y3 >>> 0 > 9 ||
    mo0 >>> 0 > 9 ||
    mo1 >>> 0 > 9 ||
    d0 >>> 0 > 9 ||
    d1 >>> 0 > 9 ||
    h0 >>> 0 > 9 ||
    h1 >>> 0 > 9 ||
    mi0 >>> 0 > 9 ||
    mi1 >>> 0 > 9 ||
    s0 >>> 0 > 9 ||
    s1 >>> 0 > 9
  ) {
    return false;
  }
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = mo0 * 10 + mo1;
  const day = d0 * 10 + d1;
  const hour = h0 * 10 + h1;
  const minute = mi0 * 10 + mi1;
  const second = s0 * 10 + s1;
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return false;
  if (hour > 23 || minute > 59 || second > 59) return false;
  const leap = (year & 3) === 0 && (year % 100 !== 0 || year % 400 === 0);
  const monthDays =
    month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  if (day > monthDays) return false;

  let offsetMinutes = 0;
  if (length === 20) {
    if (b[at + 19] !== 90) return false; // Z
  } else {
    const sign = b[at + 19];
    if ((sign !== 43 && sign !== 45) || b[at + 22] !== 58) return false; // + - :
    const oh0 = b[at + 20]! - 48;
    const oh1 = b[at + 21]! - 48;
    const om0 = b[at + 23]! - 48;
    const om1 = b[at + 24]! - 48;
    if (oh0 >>> 0 > 9 || oh1 >>> 0 > 9 || om0 >>> 0 > 9 || om1 >>> 0 > 9) return false;
    const offsetHours = oh0 * 10 + oh1;
    const offsetRest = om0 * 10 + om1;
    if (offsetHours > 23 || offsetRest > 59) return false;
    offsetMinutes = (sign === 45 ? -1 : 1) * (offsetHours * 60 + offsetRest);
  }
  // Days from 1970-01-01: whole years (with their leap days) since year 1, then months and days.
  const y = year - 1;
  const daysBeforeYear = 365 * y + ((y / 4) | 0) - ((y / 100) | 0) + ((y / 400) | 0) - 719_162;
  const days = daysBeforeYear + DAYS_BEFORE_MONTH[month - 1]! + (leap && month > 2 ? 1 : 0) + day - 1;
  out[0] = days * DAY_MILLIS + ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000;
  return true;
}
