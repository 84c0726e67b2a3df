import { type DuplicatePolicy, type DuplicateTracker, replaces, type TrackedResponse } from "./duplicateTracker.js";

/**
 * A duplicate tracker that keeps one entry per id in memory and decides at once. Memory grows with the
 * number of distinct ids (about 150 bytes each), which suits inputs up to a few hundred thousand responses;
 * the CLI uses a tracker that spills to disk beyond that.
 */
export function memoryDuplicateTracker(policy: DuplicatePolicy = "keep-latest"): DuplicateTracker {
  const kept = new Map<string, TrackedResponse>();
  return {
    offer(response) {
      if (policy === "keep-all") return undefined;
      const previous = kept.get(response.id);
      if (previous === undefined) {
        kept.set(response.id, response);
        return undefined;
      }
      if (replaces(policy, previous, response)) {
        kept.set(response.id, response);
        return { response: previous, by: response };
      }
      return { response, by: previous };
    },
    async *finish() {
      kept.clear();
    },
  };
}
