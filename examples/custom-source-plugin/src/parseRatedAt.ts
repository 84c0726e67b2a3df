/**
 * The rating's time as npskit's `submittedAt`, or `undefined` when `value` is neither of the two forms the
 * helpdesk writes: epoch seconds (a number), or an ISO-8601 date-time with an offset (kept as written, so its
 * offset survives; npskit validates it strictly).
 *
 * @example
 * parseRatedAt(1790845200)             // "2026-10-01T09:00:00.000Z"
 * parseRatedAt("2026-10-02T21:40:00Z") // "2026-10-02T21:40:00Z"
 * parseRatedAt("yesterday")            // undefined
 */
export function parseRatedAt(value: unknown): string | undefined {
  // Epoch seconds from this helpdesk are whole numbers; a fraction or a value in milliseconds (13 digits, past
  // the year 5000 in seconds) means a different export, which must not be read as a date 1000× too late.
  if (typeof value === "number") {
    return Number.isInteger(value) && value >= 0 && value < 1e11
      ? new Date(value * 1000).toISOString()
      : undefined;
  }
  if (typeof value === "string" && !Number.isNaN(Date.parse(value))) return value;
  return undefined;
}
