import type { TrackedResponse } from "../src/duplicateTracker.js";

/** A response as a duplicate tracker sees it: read at `line` of "responses.csv", submitted on `day` of October 2026. */
export function trackedResponse(
  id: string,
  day: number,
  line: number,
  score: number | null = 9,
): TrackedResponse {
  return {
    id,
    millis: Date.UTC(2026, 9, day),
    score,
    segments: undefined,
    source: "test:crm",
    location: { file: "responses.csv", line },
  };
}
