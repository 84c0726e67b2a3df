import { DateTime } from "luxon";
import { InvalidArgumentError } from "./errors.js";
import { assertGrain, type Period, type PeriodGrain, periodContaining } from "./period.js";
import { resolveTimeZone } from "./timeZone.js";

/**
 * The period of `grain` that contains `instant`, in `timeZone`. Calendar boundaries are local: a response
 * submitted at 2026-10-31T22:30Z falls in November in Europe/Moscow (01:30 local) and in October in
 * America/New_York (18:30 local).
 *
 * @param instant - a `Date`, milliseconds since the epoch, or an ISO 8601 string with an offset.
 * @example
 * periodOf("2026-10-31T22:30:00Z", "month", "Europe/Moscow").key    // "2026-11"
 * periodOf("2026-10-31T22:30:00Z", "month", "America/New_York").key // "2026-10"
 * periodOf("2026-12-31T12:00:00Z", "week", "UTC").key               // "2026-W53"
 */
export function periodOf(
  instant: Date | number | string,
  grain: PeriodGrain = "month",
  timeZone = "UTC",
): Period {
  assertGrain(grain);
  const zone = resolveTimeZone(timeZone);
  const millis = toMillis(instant);
  return periodContaining(DateTime.fromMillis(millis, { zone }), grain);
}

/** Milliseconds since the epoch of a Date, a number or an ISO 8601 string; throws on anything unreadable. */
export function toMillis(instant: Date | number | string): number {
  const millis =
    typeof instant === "number" ? instant : instant instanceof Date ? instant.getTime() : Date.parse(instant);
  if (!Number.isFinite(millis)) {
    throw new InvalidArgumentError(`${JSON.stringify(String(instant))} is not a valid date-time`);
  }
  return millis;
}
