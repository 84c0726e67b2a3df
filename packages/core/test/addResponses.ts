import type { Aggregator } from "../src/aggregator.js";

/** Counts `count` responses with `score` (null = unanswered) at instant `at` into `aggregator`. */
export function addResponses(
  aggregator: Aggregator,
  at: string,
  score: number | null,
  count: number,
  segments: Readonly<Record<string, string>> = {},
): void {
  const millis = Date.parse(at);
  for (let i = 0; i < count; i++) aggregator.addAt(millis, score, segments);
}
