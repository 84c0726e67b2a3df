import type { Aggregation } from "./aggregation.js";
import { type AggregateOptions, Aggregator } from "./aggregator.js";
import type { SurveyResponse } from "./surveyResponse.js";

/** Responses one at a time or in batches (as sources yield them), synchronously or not. */
export type ResponseStream =
  | AsyncIterable<SurveyResponse | readonly SurveyResponse[]>
  | Iterable<SurveyResponse | readonly SurveyResponse[]>;

/**
 * Consumes a stream of validated responses and returns histograms by period × breakdown, in one pass and in
 * memory bounded by the number of groups.
 *
 * @example
 * const result = await aggregate(responses, { timeZone: "Europe/Moscow", breakdowns: [["region"]] });
 * result.cells.filter((cell) => cell.period === "2026-10")
 */
export async function aggregate(
  responses: ResponseStream,
  options: AggregateOptions = {},
): Promise<Aggregation> {
  const aggregator = new Aggregator(options);
  for await (const item of responses) {
    if (Array.isArray(item)) {
      for (const response of item as readonly SurveyResponse[]) aggregator.add(response);
    } else {
      aggregator.add(item as SurveyResponse);
    }
  }
  return aggregator.result();
}
