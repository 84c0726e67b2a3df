import type { SurveyResponse } from "@npskit/core";

/** A response as one flat table row: what the equality tests load into each engine. */
export interface FlatRow {
  readonly id: string;
  /** UTC ISO 8601. */
  readonly submitted_at: string;
  readonly score: number | null;
  readonly comment: string | null;
  readonly region: string | null;
  readonly plan: string | null;
  readonly support: number | null;
}

/** Column names and SQL types of {@link FlatRow}, in order (types valid in DuckDB and PostgreSQL). */
export const FLAT_COLUMNS: readonly (readonly [keyof FlatRow, string])[] = [
  ["id", "VARCHAR"],
  ["submitted_at", "TIMESTAMPTZ"],
  ["score", "INTEGER"],
  ["comment", "VARCHAR"],
  ["region", "VARCHAR"],
  ["plan", "VARCHAR"],
  ["support", "DOUBLE"],
];

/**
 * Instants where periods are easy to get wrong: the end of daylight saving time in Berlin (2026-10-25 01:00Z)
 * and New York (2026-11-01 06:00Z), month ends an hour either side of local midnight, ISO week 53 of 2026
 * and week 1 of 2027, a quarter and a year boundary.
 */
const EDGES = [
  "2026-10-25T00:30:00Z",
  "2026-10-25T01:30:00Z",
  "2026-10-31T22:30:00Z",
  "2026-10-31T23:30:00Z",
  "2026-11-01T03:30:00Z",
  "2026-11-01T04:30:00Z",
  "2026-11-01T05:30:00Z",
  "2026-11-01T06:30:00Z",
  "2026-12-31T22:59:59Z",
  "2026-12-31T23:00:01Z",
  "2027-01-01T04:59:00Z",
  "2027-01-04T00:00:00Z",
  "2026-09-30T21:59:00Z",
  "2026-09-30T22:01:00Z",
];

/**
 * Deterministic rows for the pushdown equality tests: 600 responses from June 2026 to February 2027 with a
 * gap (no responses in August 2026, so an empty period sits between full ones), every score and unanswered
 * ones, segments that are sometimes missing or empty, comments on about half, and the {@link EDGES} instants.
 */
export function equalityRows(): FlatRow[] {
  let state = 20_261_031;
  const next = () => {
    // xorshift32: the same rows on every machine.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4_294_967_296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const start = Date.parse("2026-06-01T00:00:00Z");
  const end = Date.parse("2027-03-01T00:00:00Z");
  const rows: FlatRow[] = [];
  for (let i = 0; rows.length < 600; i++) {
    const edge = EDGES[i];
    const millis = edge === undefined ? start + Math.floor(next() * (end - start)) : Date.parse(edge);
    const instant = new Date(millis);
    if (instant.getUTCMonth() === 7 && instant.getUTCFullYear() === 2026) continue; // the empty August
    const roll = next();
    rows.push({
      id: `r-${String(i).padStart(4, "0")}`,
      submitted_at: instant.toISOString(),
      score: roll < 0.08 ? null : pick([0, 1, 2, 3, 4, 5, 6, 7, 7, 8, 8, 9, 9, 9, 10, 10, 10]),
      comment:
        next() < 0.5
          ? pick(["Fast and friendly", "Too expensive", "Support never answered", "Love it"])
          : null,
      region: pick(["Europe", "Europe", "North America", "APAC", null, ""]),
      plan: pick(["Free", "Pro", "Enterprise", null]),
      support: next() < 0.2 ? null : pick([1, 2, 3, 4, 5]),
    });
  }
  return rows;
}

/** The response a SQL source makes of a row (empty segments left out): the row-level truth. */
export function responseOfRow(row: FlatRow): SurveyResponse {
  const segments: Record<string, string> = {};
  if (row.region !== null && row.region !== "") segments.region = row.region;
  if (row.plan !== null && row.plan !== "") segments.plan = row.plan;
  return {
    id: row.id,
    score: row.score,
    submittedAt: row.submitted_at,
    ...(row.comment !== null && { comment: row.comment }),
    ...(Object.keys(segments).length > 0 && { segments }),
    drivers: { support: row.support },
  } as SurveyResponse;
}
