/**
 * An RFC 3339 UTC date-time for a Unix time in seconds, without a fractional part when it is zero;
 * `undefined` for anything that is not a finite number in JavaScript's date range.
 *
 * @example
 * unixSecondsToIso(1793485800)   // "2026-10-31T22:30:00Z"
 * unixSecondsToIso(1793485800.5) // "2026-10-31T22:30:00.500Z"
 */
export function unixSecondsToIso(seconds: unknown): string | undefined {
  if (typeof seconds !== "number" || !Number.isFinite(seconds)) return undefined;
  const date = new Date(seconds * 1000);
  if (Number.isNaN(date.getTime())) return undefined;
  return date.toISOString().replace(".000Z", "Z");
}
