import { DateTime } from "luxon";
import { PeriodError } from "./errors.js";
import { type Period, type PeriodGrain, periodContaining } from "./period.js";
import { resolveTimeZone } from "./timeZone.js";

/**
 * Reads a period key — "2026-10" (month), "2026-W44" (ISO week), "2026-Q4" (quarter), "2026" (year) — in a
 * time zone. Throws {@link PeriodError} (code `NPSKIT_E_PERIOD`) for anything else, including weeks a year
 * does not have (2025-W53).
 *
 * @example
 * parsePeriod("2026-10", "Europe/Moscow") // { grain: "month", key: "2026-10", start: "2026-10-01T00:00:00+03:00", end: "2026-11-01T00:00:00+03:00", … }
 */
export function parsePeriod(key: string, timeZone = "UTC"): Period {
  const zone = resolveTimeZone(timeZone);
  const parsed = parseKey(typeof key === "string" ? key.trim() : "");
  if (parsed === undefined) {
    throw new PeriodError(
      `${JSON.stringify(key)} is not a period; use 2026-10 (month), 2026-W44 (ISO week), 2026-Q4 (quarter) or 2026 (year)`,
    );
  }
  const local = DateTime.fromObject(parsed.fields, { zone });
  const period = local.isValid ? periodContaining(local, parsed.grain) : undefined;
  if (period === undefined || period.key !== parsed.canonical) {
    throw new PeriodError(`${JSON.stringify(key)} does not exist in the calendar`);
  }
  return period;
}

interface ParsedKey {
  readonly grain: PeriodGrain;
  readonly fields: Record<string, number>;
  readonly canonical: string;
}

function parseKey(key: string): ParsedKey | undefined {
  let match = /^(\d{4})$/.exec(key);
  if (match) return { grain: "year", fields: { year: Number(match[1]) }, canonical: key };
  match = /^(\d{4})-(\d{2})$/.exec(key);
  if (match)
    return { grain: "month", fields: { year: Number(match[1]), month: Number(match[2]) }, canonical: key };
  match = /^(\d{4})-[Qq]([1-4])$/.exec(key);
  if (match) {
    const quarter = Number(match[2]);
    return {
      grain: "quarter",
      fields: { year: Number(match[1]), month: quarter * 3 - 2 },
      canonical: `${match[1]}-Q${quarter}`,
    };
  }
  match = /^(\d{4})-[Ww](\d{2})$/.exec(key);
  if (match) {
    return {
      grain: "week",
      fields: { weekYear: Number(match[1]), weekNumber: Number(match[2]), weekday: 1 },
      canonical: `${match[1]}-W${match[2]}`,
    };
  }
  return undefined;
}
