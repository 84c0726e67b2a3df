import {
  type DuplicatePolicy,
  type DuplicateTracker,
  replaces,
  type TrackedResponse,
} from "./duplicateTracker.js";

/** The in-memory tracker, which can also list the responses it keeps (one per id, in the order first seen). */
export interface MemoryDuplicateTracker extends DuplicateTracker {
  kept(): IterableIterator<TrackedResponse>;
  /** Number of distinct ids kept. */
  size(): number;
}

/**
 * A duplicate tracker that keeps one entry per id in memory and decides at once. Memory grows with the
 * number of distinct ids (about 150 bytes each), which suits inputs up to a few hundred thousand responses;
 * the CLI uses a tracker that spills to disk beyond that.
 */
export function memoryDuplicateTracker(policy: DuplicatePolicy = "keep-latest"): MemoryDuplicateTracker {
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
    kept() {
      return kept.values();
    },
    size() {
      return kept.size;
    },
    async *finish() {
      // Every decision was returned by offer(): nothing is left to report.
      kept.clear();
      yield* [];
    },
  };
}
