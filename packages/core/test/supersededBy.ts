import type { DuplicateTracker, Superseded, TrackedResponse } from "../src/duplicateTracker.js";

/** A superseded pair as "line X < line Y": the response read at X gave way to the one read at Y. */
export function describeSuperseded({ response, by }: Superseded): string {
  return `${response.location.line} < ${by.location.line}`;
}

/** Offers every response, then finishes: every superseded pair, from `offer` and from `finish`, in order. */
export async function supersededBy(
  tracker: DuplicateTracker,
  responses: readonly TrackedResponse[],
): Promise<Superseded[]> {
  const all: Superseded[] = [];
  for (const response of responses) {
    const superseded = tracker.offer(response);
    if (superseded !== undefined) all.push(superseded);
  }
  for await (const superseded of tracker.finish()) all.push(superseded);
  return all;
}
