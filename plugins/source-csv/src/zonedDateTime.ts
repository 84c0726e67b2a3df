import { DateTime, IANAZone } from "luxon";
import { type DateTimeParts, formatDateTime } from "./dateTimeParts.js";

/**
 * Makes a function that reads a wall-clock date-time in an IANA time zone and returns it as RFC 3339 with
 * the zone's offset at that moment. Luxon knows the zone rules; its answer is cached per local hour, because
 * asking it costs tens of microseconds and a file has millions of rows but only thousands of distinct hours.
 * Hours that contain a transition are not cached. A time that does not exist (skipped when clocks go
 * forward) moves forward by the gap, as Luxon does: 02:30 on a spring-forward night in Berlin is 03:30+02:00.
 *
 * @example
 * const inMoscow = createZonedDateTime("Europe/Moscow");
 * inMoscow({ year: 2026, month: 10, day: 31, hour: 22, minute: 30, second: 0, fraction: "" }) // "2026-10-31T22:30:00+03:00"
 */
export function createZonedDateTime(timeZone: string): (parts: DateTimeParts) => string {
  const zone = IANAZone.create(timeZone);
  // Local hour (hours since 1970-01-01T00 wall time) → its offset in minutes, or null when it has a transition.
  const offsets = new Map<number, number | null>();
  const resolve = (parts: DateTimeParts) => DateTime.fromObject(withoutFraction(parts), { zone });

  return (parts) => {
    const hour = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour) / 3_600_000;
    let offset = offsets.get(hour);
    if (offset === undefined) {
      const start = resolve({ ...parts, minute: 0, second: 0 });
      const end = resolve({ ...parts, minute: 59, second: 59 });
      // Equal offsets and unshifted wall times at both ends: no transition and no gap inside the hour.
      const steady =
        start.offset === end.offset &&
        start.hour === parts.hour &&
        start.minute === 0 &&
        end.hour === parts.hour &&
        end.minute === 59;
      offset = steady ? start.offset : null;
      if (offsets.size >= 100_000) offsets.clear();
      offsets.set(hour, offset);
    }
    if (offset !== null) return formatDateTime(parts, offset);
    const exact = resolve(parts);
    return formatDateTime(
      {
        year: exact.year,
        month: exact.month,
        day: exact.day,
        hour: exact.hour,
        minute: exact.minute,
        second: exact.second,
        fraction: parts.fraction,
      },
      exact.offset,
    );
  };
}

function withoutFraction(parts: DateTimeParts) {
  const { year, month, day, hour, minute, second } = parts;
  return { year, month, day, hour, minute, second };
}
