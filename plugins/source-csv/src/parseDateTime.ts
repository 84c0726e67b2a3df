import { isDateTime } from "@npskit/core";
import { type DateTimeParts, formatDateTime, isValidDateTime } from "./dateTimeParts.js";
import type { DateOrder } from "./detectDateOrder.js";
import { createZonedDateTime } from "./zonedDateTime.js";

/** Result of a date-time parser: an RFC 3339 date-time with an offset, or why the text is not a date. */
export type ParsedDateTime = { readonly value: string } | { readonly error: string };

/** Options of {@link createDateTimeParser}. */
export interface DateTimeParserOptions {
  /** IANA time zone for dates written without an offset. */
  readonly timeZone: string;
  /** Order of slash dates; `undefined` when the file has none or it is not known (then they are errors). */
  readonly dateOrder?: DateOrder | undefined;
}

// ISO 8601: date, optional time (T or space), optional fraction and offset (Z, ±hh, ±hhmm, ±hh:mm).
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)? ?([Zz]|[+-]\d{2}(?::?\d{2})?)?)?$/;
// a/b/yyyy with an optional time, 24-hour or with AM/PM.
const SLASH =
  /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?: ?([AaPp])\.?[Mm]\.?)?)?$/;
// dd.mm.yyyy with an optional 24-hour time (Russian, German…): always day first.
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[ ,]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

const FORMATS = "ISO 8601, DD.MM.YYYY, MM/DD/YYYY or DD/MM/YYYY, with an optional time";

/**
 * Makes a parser for the date-times of a CSV column. Accepted: ISO 8601 with an offset (kept as written,
 * normalised to RFC 3339); ISO 8601 without one, or a bare `YYYY-MM-DD`; `MM/DD/YYYY hh:mm(:ss) AM/PM`;
 * `DD.MM.YYYY HH:mm(:ss)`; `DD/MM/YYYY` and `MM/DD/YYYY` with an optional 24-hour time. A date-time without an
 * offset is read in `timeZone` and returned with that zone's offset. Slash dates need `dateOrder`; one that
 * does not fit it (a month over 12) is an error that says so. Impossible dates (30 February) are errors.
 *
 * @example
 * const parse = createDateTimeParser({ timeZone: "Europe/Moscow", dateOrder: "MDY" });
 * parse("2026-10-31T22:30:00Z") // { value: "2026-10-31T22:30:00Z" }
 * parse("31.10.2026 22:30")     // { value: "2026-10-31T22:30:00+03:00" }
 * parse("10/31/2026 10:30 PM")  // { value: "2026-10-31T22:30:00+03:00" }
 * parse("31/10/2026")           // { error: '"31/10/2026" does not fit the month/day order of this file (MM/DD/YYYY)…' }
 */
export function createDateTimeParser(options: DateTimeParserOptions): (text: string) => ParsedDateTime {
  const inZone = createZonedDateTime(options.timeZone);
  const order = options.dateOrder;

  const local = (text: string, parts: DateTimeParts): ParsedDateTime =>
    isValidDateTime(parts) ? { value: inZone(parts) } : { error: `not a real date: ${JSON.stringify(text)}` };

  return (raw) => {
    const text = raw.trim();
    // RFC 3339 allows a lower-case t and z; write them upper-case like every other date npskit emits.
    if (isDateTime(text))
      return { value: text.charCodeAt(10) === 116 || text.endsWith("z") ? text.toUpperCase() : text };
    const iso = ISO.exec(text);
    if (iso !== null) {
      const parts = partsOf(iso[1], iso[2], iso[3], iso[4], iso[5], iso[6], iso[7]);
      const offset = iso[8];
      if (offset === undefined) return local(text, parts);
      const minutes = offsetMinutes(offset);
      if (!isValidDateTime(parts) || minutes === undefined) {
        return { error: `not a real date: ${JSON.stringify(text)}` };
      }
      return { value: formatDateTime(parts, minutes) };
    }
    const dotted = DOTTED.exec(text);
    if (dotted !== null) {
      return local(
        text,
        partsOf(dotted[3], dotted[2], dotted[1], dotted[4], dotted[5], dotted[6], undefined),
      );
    }
    const slash = SLASH.exec(text);
    if (slash !== null) {
      const [, a, b, year, hour, minute, second, meridiem] = slash;
      if (order === undefined) {
        return {
          error: `cannot tell day from month in ${JSON.stringify(text)}: set the dateOrder option ("DMY" or "MDY")`,
        };
      }
      const [month, day] = order === "MDY" ? [a, b] : [b, a];
      if (Number(month) > 12 && Number(day) <= 12) {
        const form = order === "MDY" ? "month/day, MM/DD/YYYY" : "day/month, DD/MM/YYYY";
        return {
          error:
            `${JSON.stringify(text)} does not fit the ${form} order of this file; ` +
            `set the dateOrder option if that order is wrong`,
        };
      }
      const hour24 = toHour24(hour, meridiem);
      if (hour24 === undefined) return { error: `not a real time: ${JSON.stringify(text)}` };
      return local(text, partsOf(year, month, day, hour24, minute, second, undefined));
    }
    return { error: `not a date: ${JSON.stringify(text)} (expected ${FORMATS})` };
  };
}

function partsOf(
  year: string | undefined,
  month: string | undefined,
  day: string | undefined,
  hour: string | number | undefined,
  minute: string | undefined,
  second: string | undefined,
  fraction: string | undefined,
): DateTimeParts {
  return {
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hour: hour === undefined ? 0 : Number(hour),
    minute: minute === undefined ? 0 : Number(minute),
    second: second === undefined ? 0 : Number(second),
    fraction: fraction ?? "",
  };
}

/** 12-hour clock to 24-hour: 12 AM is 0, 12 PM is 12; `undefined` for an hour that cannot be. */
function toHour24(hour: string | undefined, meridiem: string | undefined): number | undefined {
  if (hour === undefined) return 0;
  const value = Number(hour);
  if (meridiem === undefined) return value;
  if (value < 1 || value > 12) return undefined;
  const pm = meridiem === "P" || meridiem === "p";
  return (value % 12) + (pm ? 12 : 0);
}

/** Minutes east of UTC of an ISO offset ("Z", "+03", "+0300", "-05:30"), or `undefined` when out of range. */
function offsetMinutes(offset: string): number | undefined {
  if (offset === "Z" || offset === "z") return 0;
  const sign = offset[0] === "-" ? -1 : 1;
  const digits = offset.slice(1).replace(":", "");
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2)) : 0;
  if (hours > 23 || minutes > 59) return undefined;
  return sign * (hours * 60 + minutes);
}
