import { IANAZone } from "luxon";
import { closestMatch } from "./closestMatch.js";
import { TimeZoneError } from "./errors.js";

/**
 * Checks an IANA time zone name and returns it with its canonical capitals ("america/new_york" →
 * "America/New_York"); aliases ("Asia/Calcutta") are kept as written.
 * Throws {@link TimeZoneError} with a suggestion for near misses. Prefer region names ("Europe/Moscow") over
 * fixed offsets ("Etc/GMT-3"): only region names follow daylight saving time.
 *
 * @example
 * resolveTimeZone("Europe/Moscow") // "Europe/Moscow"
 * resolveTimeZone("Europe/Moskow") // throws: "Europe/Moskow" is not an IANA time zone name (did you mean "Europe/Moscow"?)
 */
export function resolveTimeZone(name: string): string {
  if (typeof name === "string" && IANAZone.isValidZone(name)) {
    // Fix the case only: Intl also maps aliases ("EST" → "America/Panama"), which would surprise in a report.
    const canonical = new Intl.DateTimeFormat("en-US", { timeZone: name }).resolvedOptions().timeZone;
    return canonical.toLowerCase() === name.toLowerCase() ? canonical : name;
  }
  const guess = typeof name === "string" ? closestMatch(name, knownTimeZones()) : undefined;
  const hint =
    guess === undefined ? ', such as "Europe/Moscow" or "America/New_York"' : ` (did you mean "${guess}"?)`;
  throw new TimeZoneError(`${JSON.stringify(name)} is not an IANA time zone name${hint}`);
}

let zones: readonly string[] | undefined;

function knownTimeZones(): readonly string[] {
  zones ??= [...Intl.supportedValuesOf("timeZone"), "UTC"];
  return zones;
}
