/** A calendar date and wall-clock time as written, before any time zone is applied. */
export interface DateTimeParts {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  /** 1–31 */
  readonly day: number;
  /** 0–23 */
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** Digits of the fraction of a second as written ("5" for .5), or "" for none. */
  readonly fraction: string;
}

/** Whether the parts name a real date and time (no 30 February, no 24:00, no leap second). */
export function isValidDateTime(parts: DateTimeParts): boolean {
  const { year, month, day, hour, minute, second } = parts;
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month) &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59
  );
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Formats parts and an offset east of UTC (minutes) as an RFC 3339 date-time, the form the response schema
 * requires; offset 0 is written "Z".
 *
 * @example
 * formatDateTime({ year: 2026, month: 10, day: 31, hour: 22, minute: 30, second: 0, fraction: "" }, 180)
 * // "2026-10-31T22:30:00+03:00"
 */
export function formatDateTime(parts: DateTimeParts, offsetMinutes: number): string {
  const { year, month, day, hour, minute, second, fraction } = parts;
  const date = `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(day)}`;
  const time = `${pad2(hour)}:${pad2(minute)}:${pad2(second)}${fraction === "" ? "" : `.${fraction}`}`;
  return `${date}T${time}${formatOffset(offsetMinutes)}`;
}

function formatOffset(minutes: number): string {
  if (minutes === 0) return "Z";
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}
