import {
  type AggregateQuery,
  type Aggregation,
  Aggregator,
  type PeriodGrain,
  parsePeriod,
  type SurveyResponse,
} from "@npskit/core";

/** Time zones of the equality tests: DST in October (Berlin) and November (New York), none (UTC), +14 (Kiritimati). */
export const EQUALITY_TIME_ZONES = [
  "Europe/Berlin",
  "America/New_York",
  "UTC",
  "Pacific/Kiritimati",
] as const;

/**
 * The queries every pushdown engine must answer exactly like the row-level `Aggregator`: each grain in each
 * time zone with several breakdowns, plus segment filters and a period range.
 */
export function equalityQueries(): AggregateQuery[] {
  const queries: AggregateQuery[] = [];
  const grains: PeriodGrain[] = ["month", "week", "quarter", "year"];
  for (const timeZone of EQUALITY_TIME_ZONES) {
    for (const grain of grains) {
      queries.push({
        grain,
        timeZone,
        breakdowns: [[], ["region"], ["plan"], ["region", "plan"]],
      });
    }
  }
  queries.push(
    { grain: "month", timeZone: "Europe/Berlin", breakdowns: [[], ["plan"]], filters: { region: "Europe" } },
    {
      grain: "month",
      timeZone: "America/New_York",
      breakdowns: [[], ["region"]],
      filters: { region: "APAC", plan: "Pro" },
      from: parsePeriod("2026-09", "America/New_York"),
      to: parsePeriod("2026-11", "America/New_York"),
    },
    { grain: "week", timeZone: "UTC", breakdowns: [[], ["channel"]] },
  );
  return queries;
}

/** What the row-level path gives for `query`: the responses in its range and filters, through `Aggregator`. */
export function expectedAggregation(
  responses: readonly SurveyResponse[],
  query: AggregateQuery,
): Aggregation {
  const aggregator = new Aggregator(query);
  const from = query.from === undefined ? Number.NEGATIVE_INFINITY : Date.parse(query.from.start);
  const to = query.to === undefined ? Number.POSITIVE_INFINITY : Date.parse(query.to.end);
  for (const response of responses) {
    const millis = Date.parse(response.submittedAt);
    if (millis < from || millis >= to) continue;
    const filters = Object.entries(query.filters ?? {});
    if (filters.some(([dimension, value]) => response.segments?.[dimension] !== value)) continue;
    aggregator.add(response);
  }
  return aggregator.result();
}
